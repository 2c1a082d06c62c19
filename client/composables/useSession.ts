import { computed, ref } from "vue";
import { Role, type ViewerFragment } from "../graphql/generated/graphql";

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
    /**
     * Whether to offer "post a placement". Before a placement exists there is no allowedActions
     * to ask, so this reads the role; everything on an existing claim or placement asks the server.
     */
    canPost: computed(() => !!viewer.value && viewer.value.role !== Role.VIEWER),
    /** Whether to show the admin pages (users, audit log); the server checks the role on every request. */
    isAdmin: computed(() => viewer.value?.role === Role.ADMIN),
    start,
    end,
  };
}
