# Sourced by the install scripts: installs the Debian packages given, as root
# or through sudo, with one `apt-get update` first. Nothing is done for none.
#
#   apt_install LABEL PACKAGE...
apt_install() {
  local label=$1
  shift
  (($#)) || return 0
  echo "$label: apt-get install $*"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
