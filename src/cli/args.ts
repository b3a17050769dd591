import { parseArgs as parseNodeArgs } from 'node:util';

/** A command line the CLI cannot act on: exit code 2 with a usage hint. */
export class UsageError extends Error {}

export interface ParsedArgs {
  /** The command, or null with `--help` / `--version` alone. */
  readonly command: string | null;
  readonly inputs: readonly string[];
  readonly out: string;
  readonly json: boolean;
  readonly images: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const OPTIONS = {
  out: { type: 'string' },
  json: { type: 'boolean' },
  'no-images': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** `command [inputs...] [--out DIR] [--json] [--no-images]`; `-` is an input (stdin), `--` ends options. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  const [command = null, ...inputs] = positionals;
  if (values.out === '') throw new UsageError('--out needs a folder name');
  return {
    command,
    inputs,
    out: values.out ?? 'outputs',
    json: values.json === true,
    images: values['no-images'] !== true,
    help: values.help === true || command === 'help',
    version: values.version === true,
  };
}
