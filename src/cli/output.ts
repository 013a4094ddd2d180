// Writing a command's output file; a failure is the user's (a missing directory), so it becomes an InputError.
import { writeFile } from 'node:fs/promises';
import { InputError } from './io.ts';

export async function writeOutput(path: string, text: string): Promise<void> {
  await writeFile(path, text).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`Cannot write ${path}: ${error.code ?? error.message}.`);
  });
}
