/** The basemap's palette: calm, printed-atlas land and sea, so the zones stand out. */
export const MAP_COLORS = {
  sea: '#cfe3ee',
  land: '#f6f3ea',
  dalianLand: '#fbf9f3',
  neighbourLand: '#efece2',
  coast: '#8fb3c7',
  districtLine: '#a39a87',
  cityLine: '#7d7463',
  labelSea: '#3d6f8e',
  labelDistrict: '#5b5345',
  labelTown: '#2f2a22',
  labelHalo: 'rgba(255,255,255,0.9)',
  zoneLabel: '#1d1d1b',
  zoneCount: '#3b372f',
  selection: '#111111',
} as const;
