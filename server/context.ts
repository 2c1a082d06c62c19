import type { Viewer } from "./common/viewer.js";
import { createLoaders, type Loaders } from "./loaders/index.js";
import type { Services } from "./services.js";

/** Everything a resolver may use for one request. */
export interface Context {
  viewer: Viewer | null;
  token: string | null;
  ip: string | null;
  loaders: Loaders;
  services: Services;
}

export async function createContext(services: Services, authorization: string | undefined, ip: string | null): Promise<Context> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1] ?? null;
  const viewer = token ? await services.auth.authenticate(token) : null;
  return { viewer, token, ip, loaders: createLoaders(services, viewer, ip), services };
}
