// @vitest-environment node
import { RuleTester } from 'eslint';
import path from 'node:path';
import { describe, it } from 'vitest';
import rule from './eslint-feature-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (rel: string) => path.resolve('/repo/src', rel);

tester.run('feature-boundaries', rule, {
  valid: [
    { filename: at('features/map/components/atlas-map.tsx'), code: "import { x } from '../utils/frame-camera';" },
    { filename: at('features/map/components/deep/a.tsx'), code: "import { x } from '../../../../lib/format';" },
    { filename: at('app/app.tsx'), code: "import { ZonePanel } from '../features/zones/components/zone-panel';" },
    { filename: at('lib/format.ts'), code: "import { x } from './numbers';" },
    { filename: at('features/tour/x.ts'), code: "import i18n from 'i18next';" },
  ],
  invalid: [
    // The gap the old pattern rule left: three levels up, then into another feature.
    { filename: at('features/map/components/atlas-map.tsx'), code: "import { x } from '../../../features/zones/components/zone-panel';", errors: 1 },
    // A file one folder deeper than the old globs covered.
    { filename: at('features/map/components/deep/a.tsx'), code: "import { x } from '../../../zones/y';", errors: 1 },
    { filename: at('features/map/utils.ts'), code: "import { x } from '../zones/y';", errors: 1 },
    { filename: at('features/map/components/a.tsx'), code: "export { x } from '../../tour/y';", errors: 1 },
    { filename: at('features/map/components/a.tsx'), code: "const m = import('../../../app/app');", errors: 1 },
    { filename: at('components/side-sheet.tsx'), code: "import { x } from '../features/map/y';", errors: 1 },
    { filename: at('lib/format.ts'), code: "import { x } from '../app/url-state';", errors: 1 },
  ],
});
