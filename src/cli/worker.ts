/** The worker thread of `--jobs N`: one document per task (see `runDocument`). */
import type { MessagePort } from 'node:worker_threads';
import { runDocument } from './document';
import type { DocumentOutcome, DocumentTask } from './document';
import { remoteRenderer } from './remote-renderer';

export default async function ({ task, port }: { task: DocumentTask; port?: MessagePort }): Promise<DocumentOutcome> {
  try {
    return await runDocument(task, port ? remoteRenderer(port) : null);
  } finally {
    port?.close();
  }
}
