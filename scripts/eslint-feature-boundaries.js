/**
 * ESLint rule: imports flow one way, whatever the depth of the file or of the relative path.
 * - a file under src/features/<f>/ never imports src/features/<g>/ (g ≠ f) nor src/app/;
 * - a file under src/lib, src/config or src/components never imports src/features/ nor src/app/.
 * The path is resolved against the importing file, so '../../../features/zones/x' from a feature's
 * sub-sub-folder is caught as surely as '../zones/x' (the old pattern-based rule saw only the latter).
 */
import path from 'node:path';

const SRC = `${path.sep}src${path.sep}`;

/** 'src/features/map/x.ts' -> ['features', 'map']; null outside src/. */
function place(file) {
  const i = file.lastIndexOf(SRC);
  if (i < 0) return null;
  const parts = file.slice(i + SRC.length).split(path.sep);
  return parts.length > 1 ? parts : null;
}

function problem(from, to) {
  const [fromTop, fromFeature] = from;
  const [toTop, toFeature] = to;
  if (fromTop === 'features') {
    if (toTop === 'app') return 'Features never import the app; the app composes them.';
    if (toTop === 'features' && toFeature !== fromFeature) return `A feature must not import another feature (${fromFeature} -> ${toFeature}); compose them in src/app.`;
  }
  if (['lib', 'config', 'components'].includes(fromTop) && (toTop === 'features' || toTop === 'app'))
    return `Shared code (src/${fromTop}) never imports src/${toTop}.`;
  return null;
}

export default {
  meta: { type: 'problem', docs: { description: 'one-way imports between src/ folders and features' }, schema: [] },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = place(path.resolve(file));
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = place(path.resolve(path.dirname(file), source));
      const message = to && problem(from, to);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
