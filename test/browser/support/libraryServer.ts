import http from "node:http";
import type { AddressInfo } from "node:net";

export interface LibraryAnswer {
  status: number;
  body: string;
}

/**
 * A team's library host on 127.0.0.1, as sales ops runs one while trying a library: every path
 * gets the current answer, with the CORS header a static host or CDN sends, so the pane (served
 * from another origin) may read it. Tests change the answer to break the host.
 */
export interface LibraryServer {
  /** The library's address, http://127.0.0.1:<port>/library.json. */
  url: string;
  answer(next: LibraryAnswer): void;
  /** The paths requested so far, oldest first. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLibraryServer(first: LibraryAnswer): Promise<LibraryServer> {
  let current = first;
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    res.writeHead(current.status, {
      "Content-Type": "application/json; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-store",
    });
    res.end(current.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/library.json`,
    answer: (next) => {
      current = next;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
