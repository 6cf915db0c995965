import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons`: the app's PNG icons (manifest, maskable, Apple touch) drawn from public/favicon.svg.
// The PNGs are committed, so a build needs neither sharp nor this step. The maskable and Apple icons
// are padded on the mark's own blue, so a launcher's circle or squircle crop shows no white rim.
const markBlue = { background: '#1f4e79' };
export default defineConfig({
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: markBlue },
    apple: { ...minimal2023Preset.apple, resizeOptions: markBlue },
  },
  images: ['public/favicon.svg'],
});
