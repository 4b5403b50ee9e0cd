/**
 * A small GitHub REST API on 127.0.0.1 for the action's tests: the pull request's files (paginated
 * like GitHub, 100 per page at most), check runs (or 403, as for a fork's read-only token) and file
 * contents, and the pull request's comments (listed, created, updated). Every request is recorded
 * for the test to inspect.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previous_filename?: string;
  patch?: string;
}

export interface FakeApiOptions {
  files?: PullFile[];
  /** `forbidden` answers 403 to the Checks API, as GitHub does for a fork's token. */
  checks?: 'ok' | 'forbidden';
  /** `error` answers 500 to the file list. */
  listFiles?: 'ok' | 'error';
  /** File texts by `path@ref`. */
  contents?: Record<string, string>;
  /** The pull request's comments to start with; `forbidden` answers 403 to writing one, as for a fork's token. */
  comments?: Array<{ id: number; body: string }>;
  commentWrites?: 'ok' | 'forbidden';
  /** The pull request's review comments to start with (listed, deleted; a review adds its own). */
  reviewComments?: Array<{ id: number; body: string }>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

export interface FakeApi {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const requests: RecordedRequest[] = [];
  let nextCheckRun = 100;
  const comments = [...(options.comments ?? [])];
  const reviewComments = [...(options.reviewComments ?? [])];
  let nextComment = 900;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : null, authorization: request.headers.authorization };
      requests.push(recorded);
      answer(recorded, request, response);
    });
  });

  function answer(recorded: RecordedRequest, request: IncomingMessage, response: ServerResponse): void {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    let match: RegExpMatchArray | null;
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/)) && recorded.method === 'GET') {
      if (options.listFiles === 'error') return send(500, { message: 'Server Error' });
      const perPage = Math.min(Number(recorded.query.get('per_page') ?? 30), 100);
      const page = Number(recorded.query.get('page') ?? 1);
      const files = options.files ?? [];
      const last = Math.max(1, Math.ceil(files.length / perPage));
      const base = `http://${request.headers.host}${recorded.path}?per_page=${perPage}`;
      const links = [...(page < last ? [`<${base}&page=${page + 1}>; rel="next"`] : []), `<${base}&page=${last}>; rel="last"`];
      return send(200, files.slice((page - 1) * perPage, page * perPage), { link: links.join(', ') });
    }
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs(?:\/(\d+))?$/))) {
      if (options.checks === 'forbidden') {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' });
      }
      const id = match[3] ? Number(match[3]) : nextCheckRun++;
      return send(match[3] ? 200 : 201, { id, html_url: `https://github.com/${match[1]}/${match[2]}/runs/${id}`, status: recorded.body?.status ?? 'queued' });
    }
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/)) && recorded.method === 'GET') {
      const key = `${decodeURIComponent(match[3] ?? '')}@${recorded.query.get('ref') ?? ''}`;
      const content = options.contents?.[key];
      return content === undefined ? send(404, { message: 'Not Found' }) : send(200, content);
    }
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      if (recorded.method === 'GET') return send(200, comments);
      if (options.commentWrites === 'forbidden') return send(403, { message: 'Resource not accessible by integration' });
      const created = { id: nextComment++, body: recorded.body?.body as string };
      comments.push(created);
      return send(201, created);
    }
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)) && recorded.method === 'PATCH') {
      if (options.commentWrites === 'forbidden') return send(403, { message: 'Resource not accessible by integration' });
      const comment = comments.find((item) => item.id === Number(match?.[3]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = recorded.body?.body as string;
      return send(200, comment);
    }
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/)) && recorded.method === 'GET') return send(200, reviewComments);
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)$/)) && recorded.method === 'DELETE') {
      const at = reviewComments.findIndex((item) => item.id === Number(match?.[3]));
      if (at === -1) return send(404, { message: 'Not Found' });
      reviewComments.splice(at, 1);
      response.writeHead(204);
      return void response.end();
    }
    if ((match = recorded.path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/)) && recorded.method === 'POST') {
      if (options.commentWrites === 'forbidden') return send(403, { message: 'Resource not accessible by integration' });
      for (const comment of (recorded.body?.comments ?? []) as Array<{ body: string }>) reviewComments.push({ id: nextComment++, body: comment.body });
      return send(200, { id: nextComment++, state: 'COMMENTED' });
    }
    send(404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
