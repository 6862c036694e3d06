'use strict';
/**
 * An import resolver (eslint-module-utils interface 2) for this repository's TypeScript sources, used by
 * eslint-plugin-boundaries to find which element an import points at. A relative or absolute specifier
 * resolves like tsc does: `./x.js` to `./x.ts` or `./x.tsx` (NodeNext sources), `./x` to `./x.ts`, `./x.tsx`
 * or `./x/index.ts` (the web app's bundler-style sources), and an existing file (e.g. `./x.json`) to itself.
 * Packages and Node built-ins are not resolved (`{ found: false }`): the boundaries rule checks local files only.
 */
const fs = require('node:fs');
const path = require('node:path');

exports.interfaceVersion = 2;

/** @type {(source: string, file: string) => { found: boolean, path?: string }} */
exports.resolve = (source, file) => {
  if (!source.startsWith('.') && !path.isAbsolute(source)) return { found: false };
  const target = path.resolve(path.dirname(file), source);
  const candidates = target.endsWith('.js')
    ? [`${target.slice(0, -3)}.ts`, `${target.slice(0, -3)}.tsx`, target]
    : [target, `${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')];
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  return found ? { found: true, path: found } : { found: false };
};
