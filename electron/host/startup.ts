// What both hosts do between "process started" and "serving": open the
// database in the shared data folder, build the dispatcher, optionally load
// the sample casebook. Failures come back as one plain sentence for the user —
// never a stack trace (Signal: a refused database gets its own clear message).
import { databaseFile, resolveDataFolder } from '../../db/dataFolder';
import { createDispatch, type Dispatch } from '../../db/dispatch';
import { DatabaseTooNewError, ForeignDatabaseError, openDatabase } from '../../db/open';

export type OpenedData = Readonly<{
  folder: string;
  file: string;
  dispatch: Dispatch;
  close: () => void;
}>;

/** A startup failure whose message is meant for the user as it stands. */
export class StartupError extends Error {
  override name = 'StartupError';
}

function userMessage(error: unknown, file: string): string {
  // The refusal errors already explain themselves (which file, what to do).
  if (error instanceof ForeignDatabaseError || error instanceof DatabaseTooNewError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Commission Desk could not open its database at ${file}: ${reason}`;
}

/** Opens the data folder named by --data / the environment / the default. */
export async function openData(argv: readonly string[], env: NodeJS.ProcessEnv, options: Readonly<{ demo: boolean }>): Promise<OpenedData> {
  const folder = resolveDataFolder({ argv: [...argv], env });
  const file = databaseFile(folder);
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(file);
  } catch (error) {
    throw new StartupError(userMessage(error, file));
  }
  const dispatch = createDispatch(db);
  if (options.demo) {
    const answer = dispatch('demo.load', {});
    // 'conflict' means the sample casebook is already there: nothing to do.
    if (!answer.ok && answer.error.code !== 'conflict') {
      db.close();
      throw new StartupError(`Commission Desk could not load the sample casebook: ${answer.error.message}`);
    }
  }
  return { folder, file, dispatch, close: () => db.close() };
}
