import type { ClusterId } from '../lib/data/schemas';

/**
 * One colour per cluster, shared by the map legend and the charts. Taken from the Okabe–Ito
 * palette (distinguishable with the common colour-vision deficiencies), leaving out its sky blue and
 * yellow, which are too weak on a pale sea and a pale land basemap.
 */
export const CLUSTER_COLORS: Readonly<Record<ClusterId, string>> = {
  petrochemicals: '#D55E00', // vermillion
  software: '#0072B2', // blue
  'new-materials': '#009E73', // bluish green
  automotive: '#CC79A7', // reddish purple
  electronics: '#E69F00', // orange
};

/** Drawn for a cluster without a colour of its own (a test checks every cluster of the data has one). */
export const NO_CLUSTER_COLOR = '#6b6b6b';

export const clusterColor = (id: ClusterId | null | undefined, colors: Readonly<Record<ClusterId, string>> = CLUSTER_COLORS): string =>
  (id != null ? colors[id] : undefined) ?? NO_CLUSTER_COLOR;
