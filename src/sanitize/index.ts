// The one sanitiser every output path goes through: credentials redacted by shape and by name, control characters
// escaped, and no line of ours started by a value of theirs as a GitHub Actions workflow command.
export { looksLikeRealToken, redactTokens } from './credentials.ts';
export { isSecretName, nameWords } from './secret-names.ts';
export { safeInline, safeLines } from './text.ts';
export { describeValue, isPlaceholderValue, plaintextCredentialPaths, redactValues, secretValuesIn } from './values.ts';
