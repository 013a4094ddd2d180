// Credential shapes live in src/sanitize, below every stage; lint's modules import them from here until they move.
export { looksLikeRealToken, redactTokens } from '../sanitize/index.ts';
