// @types/react is not installed (React is only the playground's runtime); these two calls are all we use.
declare module "react" {
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
}
declare module "react-dom/client" {
  export function createRoot(container: Element): { render(element: unknown): void; unmount(): void };
}
