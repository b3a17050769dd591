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
  /** Documents analysed at once (worker threads); default the number of cores. */
  readonly jobs: number;
  /** Read JSON Lines `{"id", "text", ...metadata}` from stdin, write one analysis line per input line. */
  readonly jsonl: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const OPTIONS = {
  out: { type: 'string' },
  json: { type: 'boolean' },
  'no-images': { type: 'boolean' },
  jobs: { type: 'string' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** `command [inputs...] [--out DIR] [--json] [--no-images] [--jobs N] [--jsonl]`; `-` is an input (stdin), `--` ends options. */
export function parseArgs(argv: readonly string[], defaultJobs = 1): ParsedArgs {
  let parsed;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  const [command = null, ...inputs] = positionals;
  if (values.out === '') throw new UsageError('--out needs a folder name');
  const jobs = values.jobs === undefined ? defaultJobs : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs needs a positive integer (got ${values.jobs})`);
  if (values.jsonl === true && (inputs.length !== 1 || inputs[0] !== '-'))
    throw new UsageError('--jsonl reads JSON Lines from standard input: give - as the only input');
  return {
    command,
    inputs,
    out: values.out ?? 'outputs',
    json: values.json === true,
    images: values['no-images'] !== true,
    jobs,
    jsonl: values.jsonl === true,
    help: values.help === true || command === 'help',
    version: values.version === true,
  };
}
