// ESLint rule `layers/boundaries`: which folder may import which. Each layer names the folders it
// covers and the layers (and npm packages) it may not import; a file belongs to the first layer whose
// folder holds it. Imports are resolved like the bundler does: `@/` and `~/` from the project root,
// `./` and `../` from the importing file. No plugin needed, and the rule is small enough to read.
import path from 'node:path';

/** @typedef {{ name: string, paths: string[], disallow?: string[], packages?: string[], why: string }} Layer */

const ALIASES = ['@/', '~/'];

/**
 * The project-relative path an import points at, or null for a package.
 * @param {string} specifier @param {string} filename @param {string} root
 */
function resolveSpecifier(specifier, filename, root) {
  const alias = ALIASES.find((a) => specifier.startsWith(a));
  if (alias) return path.posix.normalize(specifier.slice(alias.length));
  if (!specifier.startsWith('.')) return null;
  const from = path.relative(root, path.dirname(filename)).split(path.sep).join('/');
  return path.posix.normalize(path.posix.join(from, specifier));
}

/** @param {string} file @param {Layer[]} layers */
function layerOf(file, layers) {
  const bare = file.replace(/\?.*$/, '');
  return layers.find((layer) =>
    layer.paths.some((p) => {
      const folder = p.replace(/\.(ts|tsx|js)$/, '');
      if (folder.includes('*')) {
        const pattern = folder.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+');
        return new RegExp(`^${pattern}($|[/.])`).test(bare);
      }
      return bare === folder || bare.startsWith(`${folder}/`) || bare.startsWith(`${folder}.`);
    }),
  );
}

/** @param {string} specifier */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers only import down: the model imports nothing of ours, utils no storage or UI, storage no UI.' },
    schema: [{ type: 'object', properties: { layers: { type: 'array' } }, additionalProperties: false }],
    messages: {
      layer: '{{from}} may not import {{to}} ({{specifier}}): {{why}}',
      package: '{{from}} may not import the package {{specifier}}: {{why}}',
    },
  },
  create(context) {
    /** @type {Layer[]} */
    const layers = context.options[0].layers;
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const own = layerOf(file, layers);
    if (!own) return {};
    /** @param {any} node */
    const check = (node) => {
      const specifier = node?.value;
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(specifier, context.filename, root);
      if (target === null) {
        const banned = (own.packages ?? []).find((p) => packageName(specifier) === p || specifier === p || specifier.startsWith(`${p}/`));
        if (banned) context.report({ node, messageId: 'package', data: { from: own.name, specifier, why: own.why } });
        return;
      }
      const to = layerOf(target, layers);
      if (to && to !== own && (own.disallow ?? []).includes(to.name)) {
        context.report({ node, messageId: 'layer', data: { from: own.name, to: to.name, specifier, why: own.why } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { boundaries } };
