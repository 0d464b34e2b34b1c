/** A file the CLI cannot read as a draft: the message is one line naming the problem. */
export class InputError extends Error {
  constructor(message: string) {
    // One line, whatever the cause said: the CLI prints it after the file name.
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
    this.name = 'InputError';
  }
}
