// Credential shapes we recognise, so no output of ours ever prints one and lint can grade a plaintext secret as real.

const TOKEN_PATTERNS: readonly RegExp[] = [
  /hf_[A-Za-z0-9]{30,}/g, // Hugging Face
  /gh[pousr]_[A-Za-z0-9]{36,}/g, // GitHub
  /github_pat_[A-Za-z0-9_]{40,}/g,
  /sk-[A-Za-z0-9_-]{20,}/g, // OpenAI-style
  /AKIA[0-9A-Z]{16}/g, // AWS access key id
  /xox[abprs]-[A-Za-z0-9-]{10,}/g, // Slack
  /glpat-[A-Za-z0-9_-]{20,}/g, // GitLab
];

export function looksLikeRealToken(value: string): boolean {
  return TOKEN_PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(value);
  });
}

/** Replaces anything shaped like a credential with ***, for code frames and other echoes of user files. */
export function redactTokens(text: string): string {
  return TOKEN_PATTERNS.reduce((out, pattern) => out.replace(pattern, '***'), text);
}
