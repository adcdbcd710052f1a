// The Kubernetes manifests (deploy/k8s), checked offline: every document against
// its Kubernetes schema (kubernetes-models), then what the deployment needs of
// them (README "Deploying"). No cluster, no network.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { IIoK8sApiCoreV1Container } from "kubernetes-models/v1/Container";
import type { IIoK8sApiCoreV1PodSpec } from "kubernetes-models/v1/PodSpec";
import type { IIoK8sApiCoreV1Probe } from "kubernetes-models/v1/Probe";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { Job } from "kubernetes-models/batch/v1/Job";
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { envSchema, readEnv } from "@/lib/env";
import { productionEnvProblems, SECRET_NAMES } from "@/lib/production-env";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, "deploy/k8s");

/** The kinds deploy/k8s may hold, each with the model that knows its schema. */
const MODELS = {
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "batch/v1/Job": Job,
  "batch/v1/CronJob": CronJob,
} as const;
type Kind = keyof typeof MODELS;
type Resource = InstanceType<(typeof MODELS)[Kind]>;

interface Manifest {
  file: string;
  kind: string;
  name: string;
  resource: Resource;
}

const KUSTOMIZATION = "kustomization.yaml";
const SECRET_TEMPLATE = "secret.example.yaml";

function readYaml(file: string): unknown[] {
  const docs = parseAllDocuments(readFileSync(path.join(dir, file), "utf8"));
  return docs.map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    return doc.toJS() as unknown;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Parses every document of every manifest and validates it against its schema.
 * Problems are collected, not thrown, so one test lists them all and the others
 * still run on what parsed.
 */
function loadManifests(): { manifests: Manifest[]; problems: string[] } {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && f !== KUSTOMIZATION);
  const manifests: Manifest[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let docs: unknown[];
    try {
      docs = readYaml(file);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    for (const doc of docs) {
      if (doc == null) continue; // an empty document (a trailing ---)
      if (!isRecord(doc)) {
        problems.push(`${file}: a document is not a mapping`);
        continue;
      }
      const kind = `${String(doc.apiVersion)}/${String(doc.kind)}`;
      if (!(kind in MODELS)) {
        problems.push(`${file}: unknown kind ${kind}`);
        continue;
      }
      const Model = MODELS[kind as Kind];
      // The constructor takes the object as it is; validate() checks it against
      // the Kubernetes OpenAPI schema of this apiVersion and kind.
      const resource = new Model(doc);
      try {
        resource.validate();
      } catch (error) {
        problems.push(`${file} (${kind}): ${error instanceof Error ? error.message : String(error)}`);
      }
      const metadata = isRecord(doc.metadata) ? doc.metadata : {};
      manifests.push({ file, kind: String(doc.kind), name: String(metadata.name), resource });
    }
  }
  return { manifests, problems };
}

const { manifests, problems } = loadManifests();

function one<T extends Resource>(kind: string, name: string): T {
  const found = manifests.filter((m) => m.kind === kind && m.name === name);
  expect(found, `${kind} ${name}`).toHaveLength(1);
  return found[0]!.resource as T;
}

const webDeployment = one<Deployment>("Deployment", "huiyin-web");
const workerDeployment = one<Deployment>("Deployment", "huiyin-worker");
const migrateJob = one<Job>("Job", "huiyin-migrate");
const purgeCronJob = one<CronJob>("CronJob", "huiyin-purge");
const configMap = one<ConfigMap>("ConfigMap", "huiyin-config");
const secret = one<Secret>("Secret", "huiyin-secrets");
const configKeys = new Set(Object.keys(configMap.data ?? {}));
const secretValues: Record<string, string> = { ...secret.stringData };
const secretKeys = new Set([...Object.keys(secretValues), ...Object.keys(secret.data ?? {})]);

/** Every workload's pod spec, by where it sits. */
const podSpecs: [string, IIoK8sApiCoreV1PodSpec][] = [
  ["huiyin-web", webDeployment.spec!.template.spec!],
  ["huiyin-worker", workerDeployment.spec!.template.spec!],
  ["huiyin-migrate", migrateJob.spec!.template.spec!],
  ["huiyin-purge", purgeCronJob.spec!.jobTemplate.spec!.template.spec!],
];
const containers: [string, IIoK8sApiCoreV1Container][] = podSpecs.flatMap(([name, spec]) =>
  // `?? []`: a manifest without containers fails its schema test, not the whole file.
  [...(spec.initContainers ?? []), ...((spec.containers as IIoK8sApiCoreV1Container[] | undefined) ?? [])].map(
    (c): [string, IIoK8sApiCoreV1Container] => [`${name}/${c.name}`, c],
  ),
);
const web = webDeployment.spec!.template.spec!.containers[0]!;
const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");

/** Variables the app reads (lib/env.ts), plus those read outside it. */
const KNOWN_VARIABLES = new Set([
  ...Object.keys(envSchema.shape),
  "HUIYIN_DRAIN_DELAY_MS", // scripts/serve.ts
  "HUIYIN_SHUTDOWN_TIMEOUT_MS", // scripts/serve.ts
  "DATABASE_DIRECT_URL", // the Secret's key for migrate-job.yaml
  "HOSTNAME", // scripts/serve.ts listens on it
  "PORT",
  "NODE_OPTIONS",
]);

function httpPath(probe: IIoK8sApiCoreV1Probe | undefined): string | undefined {
  return probe?.httpGet?.path;
}

function command(container: IIoK8sApiCoreV1Container): string {
  return (container.command ?? []).join(" ");
}

describe("deploy/k8s manifests", () => {
  it("are each valid against their Kubernetes schema, with no unknown kind", () => {
    expect(problems).toEqual([]);
    expect(manifests.map((m) => `${m.file}: ${m.kind}`).sort()).toEqual([
      "configmap.yaml: ConfigMap",
      "deployment.yaml: Deployment",
      "hpa.yaml: HorizontalPodAutoscaler",
      "migrate-job.yaml: Job",
      "pdb.yaml: PodDisruptionBudget",
      "purge-cronjob.yaml: CronJob",
      "secret.example.yaml: Secret",
      "service.yaml: Service",
      "worker-deployment.yaml: Deployment",
    ]);
  });

  it("rejects a document that breaks its schema", () => {
    const broken = new Deployment({
      metadata: { name: "x" },
      spec: { replicas: "three", selector: {}, template: {} },
    } as never);
    expect(() => broken.validate()).toThrow(/replicas/);
  });

  it("are all listed in kustomization.yaml, except the Secret template", () => {
    const [kustomization] = readYaml(KUSTOMIZATION) as { resources: string[]; images: { name: string }[] }[];
    const files = new Set(manifests.map((m) => m.file));
    files.delete(SECRET_TEMPLATE);
    expect(new Set(kustomization!.resources)).toEqual(files);
    const image = web.image!;
    expect(kustomization!.images.map((i) => i.name)).toEqual([image.slice(0, image.lastIndexOf(":"))]);
  });

  it("run the web servers as 3 replicas, rolled one new pod at a time with none unavailable", () => {
    const spec = webDeployment.spec!;
    expect(spec.replicas).toBe(3);
    expect(spec.strategy?.type).toBe("RollingUpdate");
    expect(spec.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    expect(spec.strategy?.rollingUpdate?.maxSurge).toBe(1);
    expect(command(web)).toBe("node scripts/serve.mjs");
  });

  it("probe liveness and startup on /api/health/live and readiness on /api/health/ready", () => {
    expect(httpPath(web.startupProbe)).toBe("/api/health/live");
    expect(httpPath(web.livenessProbe)).toBe("/api/health/live");
    expect(httpPath(web.readinessProbe)).toBe("/api/health/ready");
    for (const probe of [web.startupProbe, web.livenessProbe, web.readinessProbe]) {
      expect(web.ports?.some((p) => p.name === probe?.httpGet?.port || p.containerPort === probe?.httpGet?.port)).toBe(
        true,
      );
    }
    // The routes the probes ask for exist.
    expect(existsSync(path.join(root, "app/api/health/live/route.ts"))).toBe(true);
    expect(existsSync(path.join(root, "app/api/health/ready/route.ts"))).toBe(true);
  });

  it("wait in preStop, then drain within the grace period", () => {
    const preStop = web.lifecycle?.preStop;
    const seconds =
      preStop?.sleep?.seconds ?? Number(/^sleep (\d+)$/.exec((preStop?.exec?.command ?? []).join(" "))?.[1]);
    expect(seconds).toBeGreaterThan(0);
    const shutdownSeconds = Number(configMap.data?.HUIYIN_SHUTDOWN_TIMEOUT_MS) / 1000;
    const drainSeconds = Number(configMap.data?.HUIYIN_DRAIN_DELAY_MS) / 1000;
    expect(drainSeconds).toBeLessThan(shutdownSeconds);
    const grace = webDeployment.spec!.template.spec!.terminationGracePeriodSeconds!;
    expect(seconds + shutdownSeconds).toBeLessThan(grace);
  });

  it("autoscale the web Deployment from 3 to 10 pods at 65 % CPU, keeping 2 through disruptions", () => {
    const hpa = one<HorizontalPodAutoscaler>("HorizontalPodAutoscaler", "huiyin-web").spec!;
    expect(hpa.scaleTargetRef).toMatchObject({ apiVersion: "apps/v1", kind: "Deployment", name: "huiyin-web" });
    expect(hpa.minReplicas).toBe(3);
    expect(hpa.maxReplicas).toBe(10);
    expect(hpa.metrics).toEqual([
      { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 65 } } },
    ]);
    const pdb = one<PodDisruptionBudget>("PodDisruptionBudget", "huiyin-web").spec!;
    expect(pdb.minAvailable).toBe(2);
    expect(pdb.selector?.matchLabels).toEqual(webDeployment.spec!.selector.matchLabels);
  });

  it("select the web pods from the Service, on their named port", () => {
    const service = one<Service>("Service", "huiyin-web").spec!;
    const podLabels = webDeployment.spec!.template.metadata!.labels!;
    for (const [key, value] of Object.entries(service.selector ?? {})) expect(podLabels[key]).toBe(value);
    expect(webDeployment.spec!.selector.matchLabels).toEqual(service.selector);
    for (const port of service.ports ?? []) {
      expect(web.ports?.some((p) => p.name === port.targetPort || p.containerPort === port.targetPort)).toBe(true);
    }
  });

  it("migrate in a Job over the direct database connection", () => {
    const spec = migrateJob.spec!.template.spec!;
    expect(spec.restartPolicy).toBe("Never");
    const migrate = spec.containers[0]!;
    expect(command(migrate)).toBe("node scripts/db-migrate.mjs");
    const databaseUrl = migrate.env?.find((e) => e.name === "DATABASE_URL");
    expect(databaseUrl?.valueFrom?.secretKeyRef).toEqual({ name: "huiyin-secrets", key: "DATABASE_DIRECT_URL" });
    // Nothing else may override it with the pooled URL.
    expect(migrate.envFrom ?? []).toEqual([]);
  });

  it("purge daily in a CronJob that never overlaps itself", () => {
    const spec = purgeCronJob.spec!;
    expect(spec.concurrencyPolicy).toBe("Forbid");
    // minute hour * * *: once a day.
    expect(spec.schedule).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    expect(command(spec.jobTemplate.spec!.template.spec!.containers[0]!)).toBe("node scripts/db-purge.mjs");
  });

  it("run one notifications worker, with the web servers' worker turned off", () => {
    expect(workerDeployment.spec!.replicas).toBe(1);
    const worker = workerDeployment.spec!.template.spec!.containers[0]!;
    expect(command(worker)).toBe("node scripts/worker.mjs");
    expect(configMap.data?.HUIYIN_WORKER).toBe("off");
    expect(worker.envFrom).toEqual(web.envFrom);
  });

  it("start scripts the image builds (scripts/build-standalone.ts bundles each from its source)", () => {
    for (const [name, container] of containers) {
      const [binary, script] = container.command ?? [];
      expect(binary, name).toBe("node");
      const source = script!.replace(/^scripts\//, "").replace(/\.mjs$/, ".ts");
      const candidates = [`scripts/${source}`, `scripts/standalone/${source}`];
      expect(
        candidates.some((file) => existsSync(path.join(root, file))),
        `${name}: ${script}`,
      ).toBe(true);
    }
  });

  it("use one image everywhere", () => {
    const images = new Set(containers.map(([, c]) => c.image));
    expect(images.size).toBe(1);
    expect([...images][0]).toMatch(/^[\w.-]+(\/[\w.-]+)+:[\w.-]+$/);
  });

  it("run as a non-root user, without privilege escalation, capabilities or a writable root", () => {
    for (const [name, spec] of podSpecs) {
      expect(spec.securityContext?.runAsNonRoot, name).toBe(true);
      expect(spec.securityContext?.runAsUser, name).toBeGreaterThan(0);
      expect(spec.automountServiceAccountToken, name).toBe(false);
    }
    for (const [name, container] of containers) {
      expect(container.securityContext?.allowPrivilegeEscalation, name).toBe(false);
      expect(container.securityContext?.readOnlyRootFilesystem, name).toBe(true);
      expect(container.securityContext?.capabilities?.drop, name).toContain("ALL");
      expect(container.resources?.requests, name).toBeDefined();
      expect(container.resources?.limits?.memory, name).toBeDefined();
    }
  });

  it("give Next writable folders where it writes at run time, and nothing else", () => {
    const workdir = [...dockerfile.matchAll(/^WORKDIR\s+(\S+)/gm)].at(-1)?.[1];
    const mounts = (web.volumeMounts ?? []).map((m) => m.mountPath);
    for (const folder of [".next/server/route-cache", ".next/cache"]) {
      expect(mounts).toContain(`${workdir}/${folder}`);
      expect(dockerfile).toContain(folder);
    }
    const volumes = webDeployment.spec!.template.spec!.volumes ?? [];
    for (const volume of volumes) expect(volume.emptyDir, volume.name).toBeDefined();
  });

  it("match the image's user and port (Dockerfile)", () => {
    const user = /^USER\s+(\d+)/m.exec(dockerfile)?.[1];
    for (const [name, spec] of podSpecs) expect(String(spec.securityContext?.runAsUser), name).toBe(user);
    const exposed = /^EXPOSE\s+(\d+)/m.exec(dockerfile)?.[1];
    expect(String(web.ports?.[0]?.containerPort)).toBe(exposed);
    expect(web.env?.find((e) => e.name === "PORT")?.value).toBe(exposed);
  });

  it("reference only ConfigMap and Secret keys that the templates hold", () => {
    for (const [name, container] of containers) {
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef) expect(source.configMapRef.name, name).toBe("huiyin-config");
        if (source.secretRef) expect(source.secretRef.name, name).toBe("huiyin-secrets");
      }
      for (const variable of container.env ?? []) {
        expect(KNOWN_VARIABLES.has(variable.name), `${name}: ${variable.name}`).toBe(true);
        const configRef = variable.valueFrom?.configMapKeyRef;
        if (configRef) expect(configKeys.has(configRef.key), `${name}: ${configRef.key}`).toBe(true);
        const secretRef = variable.valueFrom?.secretKeyRef;
        if (secretRef) {
          expect(secretRef.name).toBe("huiyin-secrets");
          expect(secretKeys.has(secretRef.key), `${name}: ${secretRef.key}`).toBe(true);
        }
      }
    }
  });

  it("name only variables the app reads, with ConfigMap values it accepts", () => {
    for (const key of [...configKeys, ...secretKeys]) expect(KNOWN_VARIABLES.has(key), key).toBe(true);
    expect(() => readEnv({ NODE_ENV: "production", ...configMap.data })).not.toThrow();
  });

  it("keep every secret lib/production-env.ts requires in the Secret, never in the ConfigMap", () => {
    // What a production start requires, asked of the module itself (with Redis: several instances).
    const required = productionEnvProblems({ REDIS_URL: "redis://redis:6379" }).map((p) => p.split(":")[0]!);
    expect(required).toEqual(expect.arrayContaining([...SECRET_NAMES, "NEXTAUTH_URL"]));
    for (const name of required) expect(configKeys.has(name) || secretKeys.has(name), name).toBe(true);
    for (const name of [...SECRET_NAMES, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "DATABASE_URL", "REDIS_URL"]) {
      expect(secretKeys.has(name), name).toBe(true);
    }
    for (const key of configKeys)
      expect(key, "a secret-looking key in the ConfigMap").not.toMatch(/SECRET|KEY|PASSWORD|TOKEN/);
    for (const key of ["DATABASE_URL", "DATABASE_DIRECT_URL", "DATABASE_REPLICA_URL", "REDIS_URL"]) {
      expect(configKeys.has(key), key).toBe(false);
    }
  });

  it("hold placeholders in the Secret template that a production start refuses", () => {
    const problems = productionEnvProblems({ ...configMap.data, ...secretValues });
    for (const name of [...SECRET_NAMES, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]) {
      expect(
        problems.some((p) => p.startsWith(`${name}:`)),
        name,
      ).toBe(true);
    }
    for (const value of Object.values(secretValues)) expect(value === "" || value.includes("REPLACE_ME")).toBe(true);
  });
});
