/**
 * Command-line plumbing shared by the editor tools: parsing options with Node's own `util.parseArgs`,
 * resolving the paths an editor types, printing bilingual notes, and turning an EditorError into a
 * message and a non-zero exit instead of a stack trace.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { bilingual, EditorError } from '../lib/import/messages.ts';

/** The parsed command line: option values by name, and the arguments that are not options. */
export interface CommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Exit status for a command line that could not be understood, as is usual for CLIs. */
const USAGE_EXIT = 2;

/** Parse `args` strictly: an unknown option or a missing value is an EditorError, not a crash. */
export function parseCommandLine(
  args: string[],
  options: ParseArgsOptionsConfig,
  allowPositionals = false,
): CommandLine {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: values as CommandLine['values'], positionals };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EditorError(
      'usage',
      `命令行参数有误：${detail}（用 --help 查看用法）`,
      `bad command line: ${detail} (see --help)`,
      {
        cause: error,
      },
    );
  }
}

/** The string value of an option, or undefined when it was not given. */
export function stringOption(line: CommandLine, name: string): string | undefined {
  const value = line.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A path the editor typed, made absolute. npm runs scripts from the package root, so a relative path is
 * resolved from the folder the editor ran npm in (INIT_CWD), which is where they meant it.
 */
export function callerPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Tell the editor something, in Chinese and English, on stderr (stdout carries only the file's path). */
export function note(zh: string, en: string): void {
  process.stderr.write(`${bilingual(zh, en)}\n`);
}

/** Run a tool's main function: an EditorError becomes `错误：… (error: …)` and a non-zero exit status. */
export async function runTool(main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof EditorError)) throw error;
    process.stderr.write(`${bilingual(`错误：${error.zh}`, `error: ${error.en}`)}\n`);
    process.exitCode = error.code === 'usage' ? USAGE_EXIT : 1;
  }
}
