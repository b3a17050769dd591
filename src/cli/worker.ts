/** The worker thread of `--jobs N`: one document per task (see `runDocument`). */
import { runDocument } from './document';
import type { DocumentOutcome, DocumentTask } from './document';

export default function (task: DocumentTask): Promise<DocumentOutcome> {
  return runDocument(task);
}
