// Whether a variable or key name says its value is a credential, judged by its words, not by substrings: HF_TOKEN
// and DB_PASSWORD are, MAX_NUM_BATCHED_TOKENS and TOKENIZER_MODE are not.

/** A name whose last word is one of these holds a credential (HF_TOKEN, GITHUB_TOKEN, DB_PASSWORD, clientSecret). */
const LAST_WORDS = new Set([
  'TOKEN',
  'SECRET',
  'PASSWORD',
  'PASSWD',
  'PASSPHRASE',
  'CREDENTIAL',
  'CREDENTIALS',
  'APIKEY',
]);
/** Word pairs that name a credential wherever they stand (OPENAI_API_KEY, AWS_SECRET_ACCESS_KEY, SSH_PRIVATE_KEY_PATH…). */
const PAIRS = [
  'API KEY',
  'ACCESS KEY',
  'SECRET KEY',
  'PRIVATE KEY',
  'AUTH TOKEN',
  'ACCESS TOKEN',
  'SESSION TOKEN',
  'CLIENT SECRET',
];

/** The words of a name: split at `_`, `-`, `.`, spaces and lower→upper case changes; upper-cased. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.\-/]+/)
    .filter(Boolean)
    .map((word) => word.toUpperCase());
}

export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (LAST_WORDS.has(words[words.length - 1]!)) return true;
  const joined = ` ${words.join(' ')} `;
  return PAIRS.some((pair) => joined.includes(` ${pair} `));
}
