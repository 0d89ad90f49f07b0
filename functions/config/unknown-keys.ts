import type * as z from 'zod/mini';

/**
 * A typo in earshot.config.json (`escalteAfter`) used to keep the default without a word. Every
 * object in the schema is strict now; this turns zod's `unrecognized_keys` issue into a message
 * that names the key where it sits and the known key it most likely meant.
 */
export function describeUnknownKey(root: z.ZodMiniType, path: PropertyKey[], key: string): string {
  const where = [...path, key].join('.');
  const suggestion = closest(key, knownKeys(root, path));
  return suggestion === undefined
    ? `config field "${where}": unknown key`
    : `config field "${where}": unknown key, did you mean "${suggestion}"?`;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
}

function defOf(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Unwraps defaults, optionals and pipes down to the schema that actually has the shape. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner === undefined ? schema : unwrap(inner);
}

function knownKeys(root: z.ZodMiniType, path: PropertyKey[]): string[] {
  let schema: z.ZodMiniType | undefined = unwrap(root);
  for (const step of path) {
    if (schema === undefined) return [];
    const def = defOf(schema);
    const next: z.ZodMiniType | undefined = def.type === 'array' ? def.element : def.shape?.[String(step)];
    schema = next === undefined ? undefined : unwrap(next);
  }
  const shape = schema === undefined ? undefined : defOf(schema).shape;
  return shape === undefined ? [] : Object.keys(shape);
}

/** The known key within a small edit distance (case ignored), or none when nothing is close. */
function closest(key: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best === undefined) return undefined;
  // A suggestion further than a third of the word away is a guess, not help.
  return best.distance <= Math.max(2, Math.ceil(best.name.length / 3)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
