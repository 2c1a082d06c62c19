import { computed, ref } from "vue";
import type { ViewerFragment } from "../graphql/generated/graphql";

const TOKEN_KEY = "praktikpool.token";
const VIEWER_KEY = "praktikpool.viewer";

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

// One session per tab, shared by every component and by the Apollo link; kept in localStorage
// so a reload (or the playground's "use my sign-in") finds the token.
const token = ref<string | null>(read<string>(TOKEN_KEY));
const viewer = ref<ViewerFragment | null>(read<ViewerFragment>(VIEWER_KEY));

/** The bearer token for outgoing requests; read by the Apollo link outside any component. */
export function currentToken(): string | null {
  return token.value;
}

export function useSession() {
  function start(newToken: string, newViewer: ViewerFragment) {
    token.value = newToken;
    viewer.value = newViewer;
    localStorage.setItem(TOKEN_KEY, JSON.stringify(newToken));
    localStorage.setItem(VIEWER_KEY, JSON.stringify(newViewer));
  }

  function end() {
    token.value = null;
    viewer.value = null;
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(VIEWER_KEY);
  }

  return {
    token,
    viewer,
    signedIn: computed(() => token.value !== null && viewer.value !== null),
    /** Viewers read; coordinators and admins post, claim and decide (the server's rule). */
    canAct: computed(() => viewer.value?.role === "COORDINATOR" || viewer.value?.role === "ADMIN"),
    start,
    end,
  };
}
