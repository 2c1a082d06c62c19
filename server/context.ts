import DataLoader from "dataloader";
import { createLoaders } from "./common/loaders.js";
import type { Viewer } from "./common/viewer.js";
import type { Services } from "./services.js";

/** Everything a resolver may use for one request. */
export interface Context {
  viewer: Viewer | null;
  token: string | null;
  ip: string | null;
  loaders: ReturnType<typeof createLoaders> & {
    /** Batches "who read which participant" into one audit insert per tick. */
    participantReads: DataLoader<string, string>;
  };
  services: Services;
}

export async function createContext(services: Services, authorization: string | undefined, ip: string | null): Promise<Context> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1] ?? null;
  const viewer = token ? await services.auth.authenticate(token) : null;
  const participantReads = new DataLoader<string, string>(async (ids) => {
    if (viewer) await services.participants.logReads({ viewer, ip }, ids);
    return ids;
  });
  return { viewer, token, ip, loaders: { ...createLoaders(services.dataSource, viewer), participantReads }, services };
}
