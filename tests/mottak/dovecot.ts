import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

/** Debian's Dovecot, as CI installs it (not running as a service). */
const DOVECOT = '/usr/sbin/dovecot';
export const PASSWORD = 'hemmelig-postmottak';

export interface MailServer {
  imapPort: number;
  pop3Port: number;
  /** Delivers a message into a user's INBOX (IMAP APPEND, as the server's own delivery would). */
  deliver(user: string, raw: Buffer): Promise<void>;
  /** How many messages the user's INBOX holds. */
  count(user: string): Promise<number>;
  stop(): Promise<void>;
}

export const dovecotAvailable = () =>
  fs.existsSync(DOVECOT) && fs.existsSync('/usr/lib/dovecot/imap') && fs.existsSync('/usr/lib/dovecot/pop3');

/**
 * A throwaway Dovecot on free ports: IMAP and POP3 without TLS on
 * 127.0.0.1, every user's password PASSWORD, maildirs in a temporary
 * directory. Run as the current user; as root (in a container) the login
 * processes run as Debian's dovenull and the mail as the dovecot user,
 * since Dovecot refuses root for both.
 */
export async function startDovecot(): Promise<MailServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-dovecot-'));
  const [imapPort, pop3Port] = [await freePort(), await freePort()];
  const root = process.getuid?.() === 0;
  const me = os.userInfo().username;
  const group = root ? 'dovecot' : (groupName() ?? me);
  const mailUser = root ? 'dovecot' : me;
  fs.mkdirSync(path.join(dir, 'mail'));
  if (root) {
    fs.chmodSync(dir, 0o755);
    const { uid, gid } = userIds('dovecot');
    fs.chownSync(path.join(dir, 'mail'), uid, gid);
  }
  fs.writeFileSync(path.join(dir, 'dovecot.conf'), config({ dir, imapPort, pop3Port, root, me, group, mailUser }));
  const child = spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitForPort(imapPort, child, () => `${output}\n${readLog(dir)}`);
  await waitForPort(pop3Port, child, () => `${output}\n${readLog(dir)}`);
  const imap = async <T>(user: string, work: (client: ImapFlow) => Promise<T>) => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: imapPort,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: PASSWORD },
      logger: false,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  };
  return {
    imapPort,
    pop3Port,
    deliver: (user, raw) => imap(user, async (c) => void (await c.append('INBOX', raw))),
    count: (user) =>
      imap(user, async (c) => {
        const status = await c.status('INBOX', { messages: true });
        return status ? (status.messages ?? 0) : 0;
      }),
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function config(o: { dir: string; imapPort: number; pop3Port: number; root: boolean; me: string; group: string; mailUser: string }) {
  return `
base_dir = ${o.dir}/run
state_dir = ${o.dir}/state
log_path = ${o.dir}/dovecot.log
protocols = imap pop3
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${o.root ? 'dovecot' : o.me}
default_internal_group = ${o.group}
default_login_user = ${o.root ? 'dovenull' : o.me}
mail_location = maildir:${o.dir}/mail/%u
first_valid_uid = ${o.root ? 1 : 0}
pop3_uidl_format = %08Xu%08Xv
passdb {
  driver = static
  args = password=${PASSWORD}
}
userdb {
  driver = static
  args = uid=${o.mailUser} gid=${o.group} home=${o.dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = ${o.imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  chroot =
  inet_listener pop3 {
    port = ${o.pop3Port}
  }
  inet_listener pop3s {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port}: ${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const readLog = (dir: string) =>
  fs.existsSync(path.join(dir, 'dovecot.log')) ? fs.readFileSync(path.join(dir, 'dovecot.log'), 'utf8') : '';

/** A line of /etc/passwd or /etc/group, by a field's value. */
function entry(file: '/etc/passwd' | '/etc/group', field: number, value: string): string[] | undefined {
  const line = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.split(':')[field] === value);
  return line?.split(':');
}

function userIds(name: string): { uid: number; gid: number } {
  const user = entry('/etc/passwd', 0, name);
  if (!user) throw new Error(`no user ${name}`);
  return { uid: Number(user[2]), gid: Number(user[3]) };
}

const groupName = () => entry('/etc/group', 2, String(process.getgid?.()))?.[0];
