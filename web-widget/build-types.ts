import ts from 'typescript';

/**
 * Declarations for the package: module.ts's exports, typed only with types.ts, which imports
 * nothing, so the two files stand alone. Paths are rewritten to the .js names they ship under.
 */
export function buildTypes(entry: string): Record<'index.d.ts' | 'types.d.ts', string> {
  const files: Record<string, string> = {};
  const program = ts.createProgram([entry], {
    declaration: true,
    emitDeclarationOnly: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    lib: ['lib.es2024.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  program.emit(undefined, (name, text) => {
    if (name.endsWith('src/module.d.ts')) files['index.d.ts'] = text;
    if (name.endsWith('src/types.d.ts')) files['types.d.ts'] = text;
  });
  const index = files['index.d.ts'];
  const types = files['types.d.ts'];
  if (!index || !types) throw new Error('TypeScript emitted no declarations for the widget package');
  const local = (text: string) => text.replaceAll("'./types.ts'", "'./types.js'");
  if (/from '\.\.?\/(?!types\.js')/.test(local(index))) {
    throw new Error('the package declarations reach beyond types.ts; type module.ts with types.ts only');
  }
  return { 'index.d.ts': local(index), 'types.d.ts': types };
}
