# Sourced by the bench scripts: Debian packages they need, installed with apt-get when missing.
need() { # command package: installs the package unless the command is there (also in /usr/sbin)
  command -v "$1" > /dev/null || [ -x "/usr/sbin/$1" ] && return
  echo "installing Debian's $2"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null
  if [ "$2" = nginx ]; then
    # the package may start its stock server on port 80: these rigs run their own, stop that one again
    { command -v invoke-rc.d > /dev/null && invoke-rc.d nginx stop; } > /dev/null 2>&1 || true
  fi
}
