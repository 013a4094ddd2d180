// Reading a profile file: through src/manifest's parseYamlFile (the one door for untrusted YAML: size, aliases and
// bombs become problems with a place), then as our LoadProfile when it says `kind: LoadProfile`, else as Taurus.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseYamlFile } from '../manifest/index.ts';
import { readNativeProfile } from './native-profile.ts';
import { isMapping, ProfileReader } from './profile-reader.ts';
import type { LoadProfile, ProfileProblem } from './profile.ts';
import type { BodyFileReader } from './scenario-reader.ts';
import { readTaurusProfile } from './taurus-profile.ts';

/** Body files are read whole: larger than any prompt, small enough that a typo pointing at a disk image is caught. */
const MAX_BODY_FILE_BYTES = 8 * 1024 * 1024;

export type ProfileRead =
  | { readonly ok: true; readonly profile: LoadProfile }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[]; readonly warnings: readonly ProfileProblem[] };

/** Reads and checks a profile; `file` is resolved against `cwd` and named in problems as the user wrote it. */
export async function readProfile(cwd: string, file: string): Promise<ProfileRead> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problems: [
        { message: `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}.` },
      ],
      warnings: [],
    };
  }
  const shown = isAbsolute(file) ? file : relative(cwd, path) || file;
  return parseProfileText(shown, text, bodyFileReader(dirname(path)));
}

/** A body-file path relative to the profile's folder, as Taurus resolves it. */
export function bodyFileReader(base: string): BodyFileReader {
  return (file) => {
    const path = resolve(base, file);
    try {
      const text = readFileSync(path);
      if (text.length > MAX_BODY_FILE_BYTES)
        return { problem: `${file} is larger than ${MAX_BODY_FILE_BYTES / 1024 / 1024} MB.` };
      return { text: text.toString('utf8') };
    } catch (error) {
      return { problem: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` };
    }
  };
}

export function parseProfileText(file: string, text: string, readBodyFile: BodyFileReader): ProfileRead {
  const parsed = parseYamlFile(file, text);
  const document = parsed.documents[0];
  const reader = new ProfileReader(file, document);
  if (!document)
    return {
      ok: false,
      problems: [{ message: `${file} is empty; write a Taurus profile or a LoadProfile.` }],
      warnings: [],
    };
  if (parsed.documents.length > 1)
    reader.error([], `${file} holds ${parsed.documents.length} YAML documents; a profile is one.`);
  for (const problem of document.problems)
    reader.errors.push({
      message: problem.message,
      place: { file, line: problem.span.start.line, column: problem.span.start.column },
    });
  if (reader.errors.length) return { ok: false, problems: reader.errors, warnings: reader.warnings };
  const root = document.value;
  if (!isMapping(root))
    return {
      ok: false,
      problems: [
        {
          message: `${file} is not a load profile: expected a mapping with execution: and scenarios: (Taurus) or kind: LoadProfile.`,
          place: reader.place([]),
        },
      ],
      warnings: [],
    };
  const profile =
    root['kind'] === 'LoadProfile'
      ? readNativeProfile(reader, root, file, readBodyFile)
      : readTaurusProfile(reader, root, file, readBodyFile);
  if (!profile) return { ok: false, problems: reader.errors, warnings: reader.warnings };
  return { ok: true, profile };
}
