// ESLint flat config. `npm run lint` runs it with --max-warnings=0, so a warning
// fails CI like an error. Formatting is Prettier's job (see .prettierrc.json), so
// no rule here is about layout. Every rule turned off or relaxed says why.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

// Where React components, hooks and Next's conventions live.
const REACT_FILES = [
  "app/**/*.{ts,tsx}",
  "components/**/*.{ts,tsx}",
  "lib/**/*.{ts,tsx}",
  "proxy.ts",
  "next.config.ts",
];

export default defineConfig(
  // Generated or built output: not ours to lint.
  globalIgnores([
    "lib/db/generated/**",
    ".next/**",
    ".next-*/**",
    "next-env.d.ts",
    ".data/**",
    "coverage/**",
    "playwright-report/**",
    "test-results/**",
    "blob-report/**",
  ]),

  {
    linterOptions: {
      // House style: no eslint-disable. A directive is not obeyed, and says so.
      noInlineConfig: true,
      reportUnusedDisableDirectives: "error",
    },
  },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },

  {
    rules: {
      // Relaxed: dropping keys by destructuring them beside a rest object is how we omit fields
      // (a password before echoing a form back); the dropped names are unused by design.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // Relaxed: `||` on a string or boolean means "empty is missing" on purpose (a blank form
      // field or env variable, `required || undefined` to drop an attribute), which `??` would
      // break; numbers stay checked, where 0 is a value. Inside Boolean() only truthiness matters.
      "@typescript-eslint/prefer-nullish-coalescing": [
        "error",
        { ignorePrimitives: { string: true, boolean: true }, ignoreBooleanCoercion: true },
      ],
    },
  },

  // React and Next: the code that renders (app/, components/, lib/, proxy.ts). Tests and
  // scripts render nothing, and their vitest helpers named use… are not React hooks.
  { files: REACT_FILES, ...reactHooks.configs.flat["recommended-latest"] },
  {
    files: REACT_FILES,
    rules: {
      // The preset has every compiler rule that checks our code (purity, refs, immutability,
      // set-state-in-effect/render, static-components, use-memo…). Of the rest v7 ships, two fit:
      // a capitalised call is a component called as a function, so its hooks lose their identity;
      "react-hooks/capitalized-calls": "error",
      // state computed from other state in an effect renders twice: compute it during render.
      "react-hooks/no-deriving-state-in-effects": "error",
      // Left off: `hooks` repeats rules-of-hooks; `memo-dependencies`, `memoized-effect-dependencies`
      // and `exhaustive-effect-dependencies` repeat exhaustive-deps; `invariant`, `todo` and `syntax`
      // report the compiler's own limits, not our code; `rule-suppression` is moot with
      // noInlineConfig above; `fbt` is for Meta's i18n library, which we do not use.
    },
  },
  // House rules the issue asked tooling to keep: each names the one shared place to use.
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app/",
              message: "Components and lib/ never import from app/: move what both need into lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The resident's pages render without next-intl's client provider (to keep them
    // light), and next-intl's <Link> needs it: outside a provider it throws and the
    // page answers 500. The dashboard and the form islands have a provider.
    files: ["app/\\[locale\\]/\\[display\\]/**/*.tsx"],
    ignores: ["app/\\[locale\\]/\\[display\\]/admin/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/i18n/navigation",
              message: "Public pages link with <LocaleLink> (components/locale-link.tsx).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/time/shanghai.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ConditionalExpression[test.right.value='en'][consequent.value=/^\\/en/]",
          message: "Build the English address with localePath() from lib/i18n/paths.ts.",
        },
        {
          selector:
            "ConditionalExpression[test.right.value='en'] > TemplateLiteral.consequent[quasis.0.value.raw=/^\\/en/]",
          message: "Build the English address with localePath() from lib/i18n/paths.ts.",
        },
        {
          selector: "Literal[value='Asia/Shanghai']",
          message: "Shanghai time comes from lib/time/shanghai.ts (SHANGHAI_TZ and its helpers).",
        },
      ],
    },
  },

  { files: REACT_FILES, ...nextPlugin.configs.recommended },
  { files: REACT_FILES, ...nextPlugin.configs["core-web-vitals"] },
  { files: ["**/*.tsx"], ...jsxA11y.flatConfigs.strict },
  {
    files: ["**/*.tsx"],
    rules: {
      // Relaxed for <form> only: a form listening for its fields' blur and input events is
      // event delegation (live validation), not a click target; the fields stay the controls.
      "jsx-a11y/no-noninteractive-element-interactions": [
        "error",
        {
          body: ["onError", "onLoad"],
          iframe: ["onError", "onLoad"],
          img: ["onError", "onLoad"],
          form: ["onBlur", "onInput", "onSubmit"],
        },
      ],
    },
  },

  {
    files: ["**/*.mjs", "**/*.js"],
    // Plain JavaScript config files are outside tsconfig.json's project.
    extends: [tseslint.configs.disableTypeChecked],
  },
);
