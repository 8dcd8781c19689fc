import { describe, expect, it } from 'vitest';
import fr from './fr.json';

/** Every string of a translation file, with the path of its key. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, path ? `${path}.${key}` : key),
  );
}

// French typography: a no-break space (U+00A0 or the narrow U+202F) before « ; : ! ? » and inside
// guillemets, so that a line never starts with « : » or leaves « alone at its end.
const rules: [string, RegExp][] = [
  ['ordinary space before ; : ! ?', / [;:!?]/],
  ['« without a no-break space after it', /«(?![\u00a0\u202f])/],
  ['» without a no-break space before it', /(?<![\u00a0\u202f])»/],
  ['ordinary space around a guillemet', /« | »/],
];

describe('fr.json', () => {
  it('follows French typography in every message', () => {
    const violations = strings(fr).flatMap(([key, text]) =>
      rules.filter(([, pattern]) => pattern.test(text)).map(([rule]) => `${key}: ${rule}`),
    );
    expect(violations).toEqual([]);
  });

  it('finds a violation when there is one', () => {
    const [, pattern] = rules[0] ?? ['', /$^/];
    expect(pattern.test('Identifiant : x')).toBe(true);
    expect(pattern.test('Identifiant\u00a0: x')).toBe(false);
  });
});
