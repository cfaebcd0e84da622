import { useEffect, useState } from 'preact/hooks';
import { formatJoinCode } from '../../core/joinCode.ts';
import { t } from '../i18n/index.ts';

/** Creates the QR code as SVG text, loading the qrcode library only when a projector needs it. */
async function qrSvg(url: string): Promise<string> {
  const qrcode = await import('qrcode');
  return qrcode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#16123aff', light: '#ffffffff' } });
}

interface JoinPanelProps {
  readonly code: string;
  /**
   * `hero`: the big invitation when nothing else runs; `aside`: a column beside a poll or
   * the floor; `compact`: a small QR code beside the code, under the balance meter.
   */
  readonly layout: 'hero' | 'aside' | 'compact';
}

/** How to join, for the room and the call: the join code, the join address and its QR code. */
export function JoinPanel({ code, layout }: JoinPanelProps) {
  const url = `${location.origin}/j/${code}`;
  // Browsers add the scheme; without it the address is shorter to read off a screen.
  const host = location.host;
  const [svg, setSvg] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    qrSvg(url).then(
      (made) => current && setSvg(made),
      () => current && setSvg(null),
    );
    return () => {
      current = false;
    };
  }, [url]);

  // Codes and addresses always read left to right, also on a right-to-left page.
  return (
    <section class="join-panel" data-layout={layout} aria-labelledby="join-panel-title">
      <h2 id="join-panel-title" class="join-panel-title">
        {t('projector.joinTitle')}
      </h2>
      <div class="join-panel-body">
        <div class="join-qr-tile">
          {/* The SVG is made locally by qrcode from our own URL: no user input, no third party. */}
          <div
            class="join-qr"
            role="img"
            aria-label={t('projector.qrLabel', { url })}
            data-testid="projector-qr"
            dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
          />
          <p class="join-qr-caption">{t('projector.joinScan')}</p>
        </div>
        <div class="join-text">
          <p class="join-url-line">
            <span class="join-label">{t('projector.joinOr')}</span>
            <span class="join-url" dir="ltr">
              {host}
              <wbr />/j/{code}
            </span>
          </p>
          <p class="join-code-line">
            <span class="join-label">{t('projector.joinCode')}</span>
            <span class="join-code" dir="ltr" data-testid="projector-join-code">
              {formatJoinCode(code)}
            </span>
          </p>
        </div>
      </div>
    </section>
  );
}
