/**
 * The site-wide banner (planned downtime or an urgent message), declared in
 * content/site.yaml with the two instants between which it shows. The build
 * writes it while it is not yet over, hidden until it starts; a small script
 * shows and hides it at the exact times between two builds.
 */
export interface BannerTimes {
  from: Date;
  until: Date;
}

export type BannerState = 'before' | 'active' | 'after';

/** Where `now` stands relative to the banner's period (`from` included, `until` excluded). */
export function bannerState(banner: BannerTimes, now: Date): BannerState {
  const t = now.getTime();
  if (t < banner.from.getTime()) return 'before';
  return t < banner.until.getTime() ? 'active' : 'after';
}

/** Whether a build at `now` writes the banner into the pages (shown or, until it starts, hidden). */
export function bannerInBuild(banner: BannerTimes | undefined, now: Date): boolean {
  return !!banner && bannerState(banner, now) !== 'after';
}
