/** The basemap's palette: calm, printed-atlas land and sea, so the zones stand out. */
export const MAP_COLORS = {
  sea: '#cfe3ee',
  land: '#f6f3ea',
  dalianLand: '#fbf9f3',
  neighbourLand: '#efece2',
  coast: '#8fb3c7',
  districtLine: '#a39a87',
  cityLine: '#7d7463',
  labelSea: '#346685', // 4.7:1 on the sea (WCAG AA for its 14px bay names; src/app/contrast.test.ts)
  labelDistrict: '#5b5345',
  labelTown: '#2f2a22',
  labelHalo: 'rgba(255,255,255,0.9)',
  zoneLabel: '#1d1d1b',
  zoneCount: '#3b372f',
  runway: '#8a8f99',
  taxiway: '#b5b9c0',
  airport: '#3a4350',
  station: '#3b3f46',
  labelLandmark: '#2c3340',
  selection: '#111111',
  reachLine: '#7a3b9c', // a straight line to a place: a colour no cluster uses
  reachLabel: '#4a2160',
} as const;
