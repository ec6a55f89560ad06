# Sourced by start.sh.
###########################################################################
# 8b. cinder-backup (POSIX driver over a directory), beside cinder: its options are in a file of their own, read
# only by cinder-backup, so adding it to a running cloud restarts no other daemon. The fake volume driver keeps a
# sparse file per volume (pylib/testcloud_cinder.py) that cinder-backup reads and a restore writes.
###########################################################################
setup_cinderbackup() {
  local c=/etc/cinder/cinder-backup.conf; backup_conf $c
  mkdir -p /var/lib/cinder/backup /var/lib/cinder/volumes
  cat > $c <<EOF
[DEFAULT]
backup_driver = cinder.backup.drivers.posix.PosixBackupDriver
backup_posix_path = /var/lib/cinder/backup
# a volume is 1 GB of mostly zeros here: zlib makes its backup a few MB
backup_compression_algorithm = zlib
EOF
  stamp "cinder-backup configured"
}
start_cinderbackup() {
  local cf="--config-file /etc/cinder/cinder.conf --config-file /etc/cinder/cinder-backup.conf"
  # python3-cinder directly, as cinder-volume: Debian's cinder-backup package would pull in iSCSI/LVM tools
  start_bg cinder-backup $PY -c 'import sys; sys.argv[0]="cinder-backup"; from cinder.cmd.backup import main; sys.exit(main())' $cf
  later wait_for cinder-backup 90 svc_up cinder cinder-backup
}
