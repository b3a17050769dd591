/** A command line the CLI cannot act on: exit code 2 with a usage hint. */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly command: string;
  readonly inputs: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** `command [inputs...] [--flag] [--key value]`; `-` is an input (stdin), `--` ends flags. */
export function parseArgs(argv: readonly string[], valueFlags: ReadonlySet<string>, booleanFlags: ReadonlySet<string>): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  const inputs: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      inputs.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      inputs.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valueFlags.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else if (booleanFlags.has(name) && inline === undefined) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { command, inputs, flags };
}
