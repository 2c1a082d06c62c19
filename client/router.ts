import { createRouter, createWebHistory, type RouteLocationNormalized } from "vue-router";
import { useSession } from "./composables/useSession";
import BoardPage from "./pages/BoardPage.vue";

// The board is what coordinators open first, so it ships in the main chunk (one round trip less
// before the first render); the other pages load when visited.
export const routes = [
  { path: "/", name: "board", component: BoardPage, meta: { title: "board.title" } },
  { path: "/sign-in", name: "sign-in", component: () => import("./pages/SignInPage.vue"), meta: { public: true, title: "signIn.title" } },
  {
    path: "/placements/new",
    name: "placement-new",
    component: () => import("./pages/PlacementFormPage.vue"),
    meta: { title: "form.postTitle" },
  },
  {
    path: "/placements/:id",
    name: "placement",
    component: () => import("./pages/PlacementPage.vue"),
    props: true,
    meta: { title: "board.title" },
  },
  {
    path: "/placements/:id/edit",
    name: "placement-edit",
    component: () => import("./pages/PlacementFormPage.vue"),
    props: true,
    meta: { title: "form.editTitle" },
  },
  {
    path: "/my-organisation",
    name: "my-organisation",
    component: () => import("./pages/MyOrganisationPage.vue"),
    meta: { title: "org.title" },
  },
  { path: "/account", name: "account", component: () => import("./pages/AccountPage.vue"), meta: { title: "account.title" } },
  {
    path: "/set-password",
    name: "set-password",
    component: () => import("./pages/SetPasswordPage.vue"),
    meta: { public: true, title: "setPassword.title" },
  },
  { path: "/users", name: "users", component: () => import("./pages/UsersPage.vue"), meta: { admin: true, title: "users.title" } },
  {
    path: "/audit-log",
    name: "audit-log",
    component: () => import("./pages/AuditLogPage.vue"),
    meta: { admin: true, title: "auditLog.title" },
  },
  { path: "/import", name: "import", component: () => import("./pages/ImportPage.vue"), meta: { title: "import.title" } },
  {
    path: "/workplaces",
    name: "workplaces",
    component: () => import("./pages/WorkplacesPage.vue"),
    meta: { title: "workplaces.title" },
  },
  {
    path: "/supervisors",
    name: "supervisors",
    component: () => import("./pages/SupervisorRegisterPage.vue"),
    meta: { title: "supervisors.title" },
  },
  {
    path: "/participants",
    name: "participants",
    component: () => import("./pages/ParticipantsPage.vue"),
    meta: { title: "participants.title" },
  },
  {
    path: "/tillganglighet",
    name: "accessibility",
    component: () => import("./pages/AccessibilityPage.vue"),
    meta: { public: true, title: "accessibility.title" },
  },
  {
    path: "/checklists",
    name: "checklists",
    component: () => import("./pages/ChecklistTemplatesPage.vue"),
    meta: { title: "validation.templatesTitle" },
  },
  {
    path: "/claims/:id/validation",
    name: "claim-validation",
    component: () => import("./pages/ValidationPage.vue"),
    props: true,
    meta: { title: "validation.pageTitle" },
  },
  {
    path: "/participants/:id/skills-summary",
    name: "skills-summary",
    component: () => import("./pages/SkillsSummaryPage.vue"),
    props: true,
    meta: { title: "validation.summaryTitle" },
  },
  {
    path: "/:rest(.*)*",
    name: "not-found",
    component: () => import("./pages/NotFoundPage.vue"),
    meta: { public: true, title: "app.notFound" },
  },
];

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? undefined : { top: 0 }),
  });
  router.beforeEach((to: RouteLocationNormalized) => {
    const { signedIn, isAdmin } = useSession();
    if (!to.meta.public && !signedIn.value) return { name: "sign-in", query: to.fullPath === "/" ? {} : { redirect: to.fullPath } };
    // The server refuses anyway; this only spares others a page of refusals.
    if (to.meta.admin && !isAdmin.value) return { name: "board" };
    if (to.name === "sign-in" && signedIn.value) return { name: "board" };
    return true;
  });
  return router;
}
