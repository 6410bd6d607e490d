// A faster stand-in for compromise's toSingular (methods.two.transform.noun.toSingular), which
// its root step calls for every plural noun tagged: compromise inverts its whole table of
// irregular plurals ("children" -> "child") on every call, a twelfth of all tagging time. This
// one inverts the table once per table (the same inversion, so the same answers) and leaves the
// suffix rules to compromise's own function, called with no irregulars to invert.
import nlp from 'compromise';

type Model = { two: { irregularPlurals: Record<string, string> } };
type ToSingular = (str: string, model: Model) => string;

// compromise's invertObj, as it is: a later plural with the same singular wins
const invertObj = function (obj: Record<string, string>): Record<string, string> {
  return Object.keys(obj).reduce<Record<string, string>>((h, k) => {
    h[obj[k]!] = k;
    return h;
  }, {});
};

const NO_IRREGULARS: Model = { two: { irregularPlurals: {} } };
let installed = false;

/** Puts the faster toSingular in place of compromise's (once; the same answers). */
export function installFastSingular(): void {
  if (installed) return;
  installed = true;
  const noun = (nlp.world() as unknown as { methods: { two?: { transform?: { noun?: { toSingular?: ToSingular } } } } }).methods.two?.transform?.noun;
  const original = noun?.toSingular;
  if (!noun || typeof original !== 'function') return;
  // the inversion of the table it was made from: compromise's model keeps one table (only a
  // plugin would give it another, and then it is inverted again)
  let table: Record<string, string> | null = null;
  let invert: Record<string, string> = {};
  noun.toSingular = function toSingular(str: string, model: Model): string {
    const irregulars = model.two.irregularPlurals;
    if (irregulars !== table) {
      invert = invertObj(irregulars);
      table = irregulars;
    }
    if (invert.hasOwnProperty(str)) return invert[str]!;
    // compromise's own suffix rules, with nothing left to invert
    return original(str, NO_IRREGULARS);
  };
}
