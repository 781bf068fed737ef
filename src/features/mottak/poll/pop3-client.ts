import net from 'node:net';
import tls from 'node:tls';

/**
 * A minimal POP3 client (RFC 1939) for emptying a postmottak: USER/PASS,
 * LIST, RETR, DELE, QUIT, over plain TCP or TLS (pop3s). Multi-line answers
 * end with «.» alone on a line; lines starting with a dot are unstuffed.
 * Deletions take effect only at QUIT, so a message is removed only after
 * the whole session went well.
 */
export class Pop3Client {
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  private failure: Error | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiting?.();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('POP3: the server closed the connection')));
  }

  static async connect(options: { host: string; port: number; secure: boolean; timeoutMs?: number }): Promise<Pop3Client> {
    const socket = options.secure
      ? tls.connect({ host: options.host, port: options.port, servername: options.host })
      : net.connect({ host: options.host, port: options.port });
    socket.setTimeout(options.timeoutMs ?? 30_000, () => socket.destroy(new Error('POP3: the server did not answer in time')));
    const client = new Pop3Client(socket);
    await client.status();
    return client;
  }

  async login(user: string, password: string): Promise<void> {
    await this.command(`USER ${user}`);
    await this.command(`PASS ${password}`);
  }

  /** Message numbers and sizes in the mailbox. */
  async list(): Promise<{ nummer: number; bytes: number }[]> {
    await this.command('LIST');
    const lines = await this.multiline();
    return lines.map((l) => l.toString('latin1').split(' ')).map(([n, size]) => ({ nummer: Number(n), bytes: Number(size) }));
  }

  /** A whole message as it was delivered (CRLF line ends). */
  async retrieve(nummer: number): Promise<Buffer> {
    await this.command(`RETR ${nummer}`);
    const lines = await this.multiline();
    return Buffer.concat(lines.flatMap((l) => [l, CRLF]));
  }

  async delete(nummer: number): Promise<void> {
    await this.command(`DELE ${nummer}`);
  }

  /** Ends the session; the server then removes what was deleted. */
  async quit(): Promise<void> {
    try {
      await this.command('QUIT');
    } finally {
      this.socket.end();
    }
  }

  private async command(line: string): Promise<string> {
    this.socket.write(`${line}\r\n`);
    return this.status();
  }

  private async status(): Promise<string> {
    const line = (await this.line()).toString('utf8');
    if (!line.startsWith('+OK')) throw new Error(`POP3: ${line.replace(/^-ERR\s*/, '') || 'refused'}`);
    return line;
  }

  private async multiline(): Promise<Buffer[]> {
    const lines: Buffer[] = [];
    for (;;) {
      const line = await this.line();
      if (line.length === 1 && line[0] === DOT) return lines;
      lines.push(line[0] === DOT ? line.subarray(1) : line);
    }
  }

  private async line(): Promise<Buffer> {
    for (;;) {
      const end = this.buffer.indexOf(CRLF);
      if (end >= 0) {
        const line = this.buffer.subarray(0, end);
        this.buffer = this.buffer.subarray(end + 2);
        return line;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }

  private fail(error: Error) {
    this.failure ??= error;
    this.waiting?.();
  }
}

const CRLF = Buffer.from('\r\n');
const DOT = 0x2e;
