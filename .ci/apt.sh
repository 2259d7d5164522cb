# Sourced by the .ci scripts that install Debian packages: SUDO (empty when root) and apt_install,
# which refreshes the package lists once per shell and installs without recommended packages.
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
_APT_UPDATED=""

apt_install() {
  if [ -z "$_APT_UPDATED" ]; then
    $SUDO apt-get update -q
    _APT_UPDATED=1
  fi
  $SUDO apt-get install "${APT_OPTS[@]}" "$@"
}
