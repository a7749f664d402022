#!/usr/bin/env bash
# Install the Debian packages the build and the tests need, when missing and when we are root.
# chromium + chromium-driver: browser tests; fonts-noto-cjk: Chinese glyphs in charts, pages and the PDF;
# poppler-utils: PDF checks; npm (with nodejs): installs axe-core for
# the accessibility tests; the TeX packages: the PDF edition (genai_book/pdf.py: XeLaTeX, ctex/xeCJK, latexmk;
# texlive-fonts-recommended has the ZapfDingbats metrics hyperref needs under XeLaTeX). About 140 MB, ~45 s.
set -euo pipefail
need=()
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
fc-list : family 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)  # no -q: SIGPIPE
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v npm >/dev/null || need+=(npm)
tex=(texlive-xetex texlive-lang-chinese texlive-latex-extra texlive-fonts-recommended latexmk)
tex_files=$( (kpsewhich ctex.sty xeCJK.sty tabulary.sty pzdr.tfm 2>/dev/null || true) | wc -l)
if ! command -v xelatex >/dev/null || ! command -v latexmk >/dev/null || [ "$tex_files" -ne 4 ]; then
  for package in "${tex[@]}"; do installed "$package" || need+=("$package"); done
fi
for extra in "$@"; do installed "$extra" || need+=("$extra"); done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${need[*]} (run as root, or: sudo apt-get install ${need[*]})" >&2
  exit 0
fi
echo "installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
