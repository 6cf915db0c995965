import { readFileSync } from 'node:fs';
import { blend, formatHex, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../features/map/config/map-colors';

/**
 * WCAG AA contrast of the colour pairs the stylesheets declare: the tour's projector look (caption
 * card, its buttons, notices, progress), its overlays and the speaker view (features/tour/tour.css),
 * the app's chrome (app/styles.css: header, skip link, legend, notices, focus ring) and the basemap's
 * labels (features/map/config/map-colors.ts, a typed palette). The CSS colours
 * stay in the CSS; each pair below names the rule and property where its two colours are declared
 * (an inherited colour names the rule it is inherited from), and the test reads them from the files,
 * resolving the custom properties of :root. Contrast: culori's wcagContrast (WCAG 2 relative luminance);
 * a translucent colour is first composited over its background (culori's blend).
 *
 * Thresholds (WCAG 2.2, 1.4.3 and 1.4.11): 4.5:1 for text, 3:1 for large text (at least 24px, or
 * 18.66px bold) and for the parts of controls and graphics that must be seen (borders, fills, the
 * focus ring). Disabled buttons (opacity 0.45) are exempt, as WCAG exempts inactive controls.
 * Rendered text is also checked by axe on every screen (e2e/accessibility.spec.ts).
 */
const FILES = { tour: '../features/tour/tour.css', app: './styles.css', share: '../features/share/share.css' } as const;
type File = keyof typeof FILES;
/** A colour declared in a rule (`[file, selector, property]`), or one of a typed palette (the basemap's MAP_COLORS). */
type Ref = readonly [File, string, 'color' | 'background' | 'border-color' | 'outline-color' | 'box-shadow-color'] | `#${string}`;
type Pair = { what: string; fg: Ref; bg: Ref; kind: 'text' | 'large text' | 'ui' };

/** The rules of a stylesheet, innermost blocks only (rules inside @media included), comments removed. */
function rules(css: string) {
  const out: { selectors: string[]; decls: Map<string, string> }[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = new Map<string, string>();
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':');
      if (i > 0) decls.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
    }
    // What precedes a block may end with an at-rule statement (`@import …;`): the selectors follow it.
    out.push({ selectors: m[1]!.split(';').at(-1)!.split(',').map((s) => s.trim()), decls });
  }
  return out;
}

const SHEETS = Object.fromEntries(Object.entries(FILES).map(([k, path]) => [k, rules(readFileSync(new URL(path, import.meta.url), 'utf8'))])) as Record<File, ReturnType<typeof rules>>;
const ROOT = SHEETS.app.find((r) => r.selectors.includes(':root') && r.decls.has('--ink'))!.decls;

/** The first colour in a declaration's value (`2px solid var(--accent)` → the accent), custom properties resolved. */
function colourIn(value: string): Color {
  const resolved = value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => ROOT.get(name) ?? name);
  const token = resolved.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b(?:white|black|transparent)\b/i)?.[0];
  const c = token ? parse(token) : undefined;
  if (!c) throw new Error(`no colour in “${value}”`);
  return c;
}

function read(ref: Ref): Color {
  if (typeof ref === 'string') return colourIn(ref);
  const [file, selector, property] = ref;
  const rule = SHEETS[file].find((r) => r.selectors.includes(selector) && r.decls.has(property === 'box-shadow-color' ? 'box-shadow' : property === 'border-color' ? 'border' : property === 'outline-color' ? 'outline' : property));
  const value = rule?.decls.get(property === 'box-shadow-color' ? 'box-shadow' : property === 'border-color' ? 'border' : property === 'outline-color' ? 'outline' : property);
  if (!value) throw new Error(`${file}: no ${property} declared for ${selector}`);
  return colourIn(value);
}

const PAPER = ['app', ':root', 'background'] as const;
const CARD = ['tour', '.tour__card', 'background'] as const;
const CARD_TEXT = ['tour', '.tour__card', 'color'] as const;
const HEADER = ['app', '.app-header', 'background'] as const;
const SPEAKER = ['tour', '.speaker', 'background'] as const;
const SPEAKER_SECTION = ['tour', '.speaker__grid section', 'background'] as const;

type MapColour = keyof typeof MAP_COLORS;
/** A basemap label colour on each ground it is drawn over (13px and up: normal text). */
const mapLabel = (what: string, fg: MapColour, grounds: MapColour[]): Pair[] =>
  grounds.map((g) => ({ what: `map: ${what} on ${g}`, fg: MAP_COLORS[fg] as `#${string}`, bg: MAP_COLORS[g] as `#${string}`, kind: 'text' }));

const PAIRS: Pair[] = [
  // The projector look: the caption card over the map.
  { what: 'caption (24–40px, 600)', fg: CARD_TEXT, bg: CARD, kind: 'large text' },
  { what: 'tour title and meta line (15px+)', fg: ['tour', '.tour__meta', 'color'], bg: CARD, kind: 'text' },
  { what: 'step counter', fg: ['tour', '.tour__counter', 'color'], bg: CARD, kind: 'text' },
  { what: 'tour button label', fg: ['tour', '.tour-button', 'color'], bg: ['tour', '.tour-button', 'background'], kind: 'text' },
  { what: 'primary tour button label (Next)', fg: ['tour', '.tour-button--primary', 'color'], bg: ['tour', '.tour-button--primary', 'background'], kind: 'text' },
  { what: 'tour button border against the card', fg: ['tour', '.tour-button', 'border-color'], bg: CARD, kind: 'ui' },
  { what: 'tour button border against its own fill', fg: ['tour', '.tour-button', 'border-color'], bg: ['tour', '.tour-button', 'background'], kind: 'ui' },
  { what: 'missing-zone notice text', fg: CARD_TEXT, bg: ['tour', '.tour__notice', 'background'], kind: 'text' },
  { what: 'progress bar against its track', fg: ['tour', '.tour__progress span', 'background'], bg: ['tour', '.tour__progress', 'background'], kind: 'ui' },
  { what: 'card border against the basemap’s sea', fg: ['tour', '.tour__card', 'border-color'], bg: MAP_COLORS.sea as `#${string}`, kind: 'ui' },
  { what: 'card border against the basemap’s land', fg: ['tour', '.tour__card', 'border-color'], bg: MAP_COLORS.land as `#${string}`, kind: 'ui' },
  // The overlays (keys, QR code).
  { what: 'overlay card text', fg: ['tour', '.tour-overlay__card', 'color'], bg: ['tour', '.tour-overlay__card', 'background'], kind: 'text' },
  { what: 'key caps', fg: ['tour', '.tour-overlay__card', 'color'], bg: ['tour', '.tour-keys kbd', 'background'], kind: 'text' },
  // The speaker view (the presenter's laptop).
  { what: 'speaker view text', fg: ['tour', '.speaker', 'color'], bg: SPEAKER, kind: 'text' },
  { what: 'speaker view text in a section', fg: ['tour', '.speaker', 'color'], bg: SPEAKER_SECTION, kind: 'text' },
  { what: 'speaker section headings', fg: ['tour', '.speaker__grid h2', 'color'], bg: SPEAKER_SECTION, kind: 'text' },
  { what: 'speaker status line', fg: ['tour', '.speaker__status', 'color'], bg: ['tour', '.speaker__status', 'background'], kind: 'text' },
  { what: 'speaker button label', fg: ['tour', '.tour-button', 'color'], bg: ['tour', '.speaker .tour-button', 'background'], kind: 'text' },
  { what: 'speaker primary button label', fg: ['tour', '.speaker .tour-button--primary', 'color'], bg: ['tour', '.speaker .tour-button--primary', 'background'], kind: 'text' },
  { what: 'speaker button fill against its section', fg: ['tour', '.speaker .tour-button', 'background'], bg: SPEAKER_SECTION, kind: 'ui' },
  { what: 'speaker button fill against the bar', fg: ['tour', '.speaker .tour-button', 'background'], bg: SPEAKER, kind: 'ui' },
  { what: 'speaker primary button fill against its section', fg: ['tour', '.speaker .tour-button--primary', 'background'], bg: SPEAKER_SECTION, kind: 'ui' },
  // The Present menu in the header.
  { what: 'Present button label', fg: ['tour', '.present-menu__button', 'color'], bg: ['tour', '.present-menu__button', 'background'], kind: 'text' },
  { what: 'Present button fill against the header', fg: ['tour', '.present-menu__button', 'background'], bg: HEADER, kind: 'ui' },
  { what: 'Present menu group label', fg: ['tour', '.present-menu__group', 'color'], bg: ['tour', '.present-menu__list', 'background'], kind: 'text' },
  { what: 'Present menu item, focused or hovered', fg: ['tour', '.present-menu__list button', 'color'], bg: ['tour', '.present-menu__list button:focus-visible', 'background'], kind: 'text' },
  // The app's chrome.
  { what: 'body text', fg: ['app', ':root', 'color'], bg: PAPER, kind: 'text' },
  { what: 'secondary text (legend notes, tooltips)', fg: ['app', '.legend-note', 'color'], bg: PAPER, kind: 'text' },
  { what: 'header text', fg: ['app', '.app-header', 'color'], bg: HEADER, kind: 'text' },
  { what: 'language button border against the header', fg: ['app', '.lang-switch', 'border-color'], bg: HEADER, kind: 'ui' },
  { what: 'Share button (header) label', fg: ['share', '.share-button--header', 'color'], bg: HEADER, kind: 'text' },
  { what: 'skip link', fg: ['app', '.skip-link', 'color'], bg: ['app', '.skip-link', 'background'], kind: 'text' },
  { what: 'legend name, pressed', fg: ['app', '.legend__name', 'color'], bg: ['app', ".legend__name[aria-pressed='true']", 'background'], kind: 'text' },
  { what: 'selected overview tab', fg: ['app', ".overview-tabs__list [role='tab'][aria-selected='true']", 'color'], bg: PAPER, kind: 'text' },
  { what: 'link notice text', fg: ['app', ':root', 'color'], bg: ['app', '.url-notice', 'background'], kind: 'text' },
  { what: 'hidden-zone notice button border', fg: ['app', '.hidden-zone-notice button', 'border-color'], bg: ['app', '.hidden-zone-notice', 'background'], kind: 'ui' },
  // The basemap's labels (drawn by MapLibre on the canvas, where axe cannot see them), on the ground under them.
  ...mapLabel('sea and bay names', 'labelSea', ['sea']),
  ...mapLabel('district names', 'labelDistrict', ['land', 'dalianLand', 'neighbourLand']),
  ...mapLabel('town names', 'labelTown', ['land', 'dalianLand', 'neighbourLand']),
  ...mapLabel('zone names', 'zoneLabel', ['land', 'dalianLand', 'neighbourLand', 'sea']),
  ...mapLabel('zone company counts', 'zoneCount', ['land', 'dalianLand', 'neighbourLand', 'sea']),
  ...mapLabel('landmark names', 'labelLandmark', ['land', 'dalianLand', 'neighbourLand']),
  // The focus ring: a dark ring between white ones keeps 3:1 on light and dark ground alike.
  { what: 'focus ring: dark ring against its white rings', fg: ['app', ':focus-visible', 'outline-color'], bg: ['app', ':focus-visible', 'box-shadow-color'], kind: 'ui' },
  { what: 'focus ring: white ring against the speaker view', fg: ['app', ':focus-visible', 'box-shadow-color'], bg: SPEAKER, kind: 'ui' },
  { what: 'focus ring: white ring against the header', fg: ['app', ':focus-visible', 'box-shadow-color'], bg: HEADER, kind: 'ui' },
  { what: 'focus ring: dark ring against the card', fg: ['app', ':focus-visible', 'outline-color'], bg: CARD, kind: 'ui' },
];

const MIN = { text: 4.5, 'large text': 3, ui: 3 } as const;

describe('declared colour pairs meet WCAG AA contrast', () => {
  it.each(PAIRS)('$what ($kind)', ({ fg, bg, kind }) => {
    const back = read(bg);
    const front = read(fg);
    const seen = (front.alpha ?? 1) < 1 ? blend([back, front]) : front;
    const ratio = wcagContrast(seen, back);
    expect(ratio, `${formatHex(seen)} on ${formatHex(back)}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(MIN[kind]);
  });
});
