import { describe, expect, it } from 'vitest';
import { isMailUrl, MAIL_HOSTS, PROVIDERS, SITES, siteNames, siteOfHost, type Site } from './sites';

const site = (name: string, ...hosts: string[]): Site => ({
  provider: name.toLowerCase(),
  name,
  hosts,
  allFrames: false,
});

describe('the site registry', () => {
  it('lists each provider once and each host under one site only', () => {
    expect(new Set(PROVIDERS).size).toBe(SITES.length);
    expect(new Set(MAIL_HOSTS).size).toBe(MAIL_HOSTS.length);
  });

  it('tells the site of a hostname, all three Outlook addresses being Outlook', () => {
    expect(siteOfHost('mail.google.com', SITES)?.name).toBe('Gmail');
    expect(siteOfHost('outlook.office365.com', SITES)?.name).toBe('Outlook');
    expect(siteOfHost('google.com', SITES)).toBeUndefined();
  });

  it('names the sites as a list, however many there are', () => {
    expect(siteNames()).toBe('Gmail or Outlook');
    expect(siteNames([site('Gmail', 'a'), site('Outlook', 'b'), site('Fake Mail', 'c')])).toBe(
      'Gmail, Outlook or Fake Mail',
    );
    expect(siteNames([site('Gmail', 'a')])).toBe('Gmail');
  });

  it('accepts thread links on the sites over https only', () => {
    expect(isMailUrl('https://mail.google.com/mail/u/0/#inbox/FMfcgz')).toBe(true);
    expect(isMailUrl('https://outlook.live.com/mail/0/id/AQMk')).toBe(true);
    expect(isMailUrl('http://mail.google.com/mail/')).toBe(false);
    expect(isMailUrl('https://mail.google.com.evil.test/')).toBe(false);
    expect(isMailUrl('javascript:alert(1)')).toBe(false);
    expect(isMailUrl('not a url')).toBe(false);
  });
});
