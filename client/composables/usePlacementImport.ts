import { computed, ref, shallowRef } from "vue";
import { currentToken } from "./useSession";
import type { ServerError } from "../utils/graphql-errors";

/** What POST /imports/placements.xlsx answers (server/modules/import/import.service.ts, ImportResult). */
export interface ImportProblem {
  row: number;
  column: string | null;
  heading: string | null;
  reason: string;
  params: Record<string, unknown>;
}

export interface ImportRow {
  row: number;
  workplace: { name: string; status: "NEW" | "EXISTING" } | null;
  placement: {
    title: string;
    kind: string | null;
    startDate: string | null;
    endDate: string | null;
    capacity: number;
    status: "NEW" | "EXISTING";
  } | null;
  errors: ImportProblem[];
}

export interface ImportResult {
  written: boolean;
  summary: {
    rows: number;
    rowsWithErrors: number;
    newWorkplaces: number;
    existingWorkplaces: number;
    newPlacements: number;
    existingPlacements: number;
  };
  ignoredColumns: string[];
  rows: ImportRow[];
}

type Step = "template" | "preview" | "import";

/** A refusal of the whole request (not of a row), or null when the network failed. */
function refusalOf(body: unknown): ServerError | null {
  const first = (body as { errors?: { extensions?: Record<string, unknown> }[] } | null)?.errors?.[0]?.extensions;
  if (!first || typeof first.reason !== "string") return null;
  return {
    code: String(first.code ?? "INTERNAL_SERVER_ERROR"),
    reason: first.reason,
    params: (first.params ?? {}) as Record<string, unknown>,
  };
}

const authorised = (): Record<string, string> => {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/**
 * The Excel import's steps: download the template, preview a chosen workbook (nothing is written),
 * then import it. The file is sent again on import, so the server checks exactly what it writes.
 */
export function usePlacementImport() {
  const file = shallowRef<File | null>(null);
  const preview = shallowRef<ImportResult | null>(null);
  const imported = shallowRef<ImportResult | null>(null);
  const pending = ref<Step | null>(null);
  /** The last refusal; `null` reason means the server could not be reached. */
  const failure = shallowRef<{ step: Step; error: ServerError | null } | null>(null);

  async function send(step: Step, request: () => Promise<Response>): Promise<{ status: number; body: unknown } | null> {
    pending.value = step;
    failure.value = null;
    try {
      const response = await request();
      const isJson = response.headers.get("content-type")?.includes("json");
      return { status: response.status, body: isJson ? await response.json() : await response.blob() };
    } catch {
      failure.value = { step, error: null };
      return null;
    } finally {
      pending.value = null;
    }
  }

  async function downloadTemplate(): Promise<void> {
    const answer = await send("template", () => fetch("/imports/template.xlsx", { headers: authorised() }));
    if (!answer) return;
    if (!(answer.body instanceof Blob)) {
      failure.value = { step: "template", error: refusalOf(answer.body) };
      return;
    }
    const url = URL.createObjectURL(answer.body);
    const link = document.createElement("a");
    link.href = url;
    link.download = "praktikpool-import.xlsx";
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  function upload(step: "preview" | "import", chosen: File) {
    return send(step, () =>
      fetch(`/imports/placements.xlsx${step === "preview" ? "?preview=true" : ""}`, {
        method: "POST",
        headers: { ...authorised(), "content-type": chosen.type || "application/octet-stream" },
        body: chosen,
      }),
    );
  }

  async function choose(chosen: File | null): Promise<void> {
    file.value = chosen;
    preview.value = null;
    imported.value = null;
    if (!chosen) return;
    const answer = await upload("preview", chosen);
    if (!answer) return;
    if (answer.status === 200) preview.value = answer.body as ImportResult;
    else failure.value = { step: "preview", error: refusalOf(answer.body) };
  }

  async function confirm(): Promise<void> {
    if (!file.value) return;
    const answer = await upload("import", file.value);
    if (!answer) return;
    if (answer.status === 200) {
      imported.value = answer.body as ImportResult;
      preview.value = null;
      return;
    }
    // 422: rows have errors after all (e.g. the file changed on disk); show them in the preview.
    if ((answer.body as Partial<ImportResult>).rows) preview.value = answer.body as ImportResult;
    failure.value = { step: "import", error: refusalOf(answer.body) };
  }

  return {
    file,
    preview,
    imported,
    pending,
    failure,
    canImport: computed(() => !!preview.value && preview.value.summary.rowsWithErrors === 0 && pending.value === null),
    downloadTemplate,
    choose,
    confirm,
  };
}
