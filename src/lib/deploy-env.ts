/**
 * Which kind of deployment this build is for. Only `production` may be indexed by search engines:
 * a `preview` build (pull-request previews, staging) gets `noindex` on every page and a robots.txt that
 * disallows everything. DISPATCH_ENV sets it; the default is `production`, so that `npm run build`
 * gives the public site, and preview hosts set DISPATCH_ENV=preview (see README, "Deploying").
 */
export type DeployEnv = 'production' | 'preview';

const KINDS: readonly DeployEnv[] = ['production', 'preview'];

/** Reads DISPATCH_ENV; an unknown value is an error rather than a silent guess. */
export function parseDeployEnv(value: string | undefined): DeployEnv {
  if (value === undefined || value === '') return 'production';
  const kind = KINDS.find((k) => k === value);
  if (!kind) throw new Error(`DISPATCH_ENV: expected one of ${KINDS.join(', ')}, got "${value}"`);
  return kind;
}

/** This build's deployment kind, read once. */
export const deployEnv: DeployEnv = parseDeployEnv(process.env['DISPATCH_ENV']);

/** Whether search engines may index this build. */
export const indexable: boolean = deployEnv === 'production';
