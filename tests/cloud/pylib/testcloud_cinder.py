"""Cinder volume driver for test clouds: cinder's own FakeLoggingVolumeDriver
(shipped in python3-cinder as cinder.tests.fake_driver) plus the few calls it
leaves to the LVM driver, which would need a real volume group.

Each volume (and snapshot) is also a sparse file under /var/lib/cinder/volumes,
so that cinder-backup has bytes to read and a restore has somewhere to write:
created at the volume's size, filled from the image on create-from-image,
copied for clones and snapshots, and handed to cinder-backup (and to cinder's
own volume copies) as an os-brick "local" connection. Nova's fake virt driver
keeps the fake iSCSI connection it always had."""
import io
import os
import subprocess

from oslo_log import log as logging
from oslo_utils import units

from cinder.tests import fake_driver

LOG = logging.getLogger(__name__)
VOLUME_DIR = '/var/lib/cinder/volumes'


def _path(obj):
    # volume-<id> or snapshot-<id>; a migrated volume's name follows its _name_id
    return os.path.join(VOLUME_DIR, obj['name'])


# Each GB of a volume is 32 MiB of file: cinder-backup reads, hashes and
# compresses a volume's whole file, which took ~40 s for 1 GiB of zeros on a
# busy two-core machine and takes ~1 s for 32 MiB. Nothing here needs the
# bytes past what an image or a restore wrote.
BYTES_PER_GB = 32 * units.Mi


def _size(path, gb):
    """Grows the file to the volume's size (never shrinks what was written)."""
    os.makedirs(VOLUME_DIR, exist_ok=True)
    with open(path, 'ab') as f:
        if f.tell() < int(gb) * BYTES_PER_GB:
            f.truncate(int(gb) * BYTES_PER_GB)


def _copy(src, dst, gb):
    if os.path.exists(src):
        subprocess.run(['cp', '--sparse=always', src, dst], check=True)
    _size(dst, gb)


def _remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


class TestcloudFakeDriver(fake_driver.FakeLoggingVolumeDriver):

    def create_volume(self, volume):
        update = super().create_volume(volume)
        _size(_path(volume), volume.size)
        return update

    def delete_volume(self, volume):
        _remove(_path(volume))

    def create_snapshot(self, snapshot):
        _copy(_path(snapshot.volume), _path(snapshot), snapshot.volume_size)

    def delete_snapshot(self, snapshot):
        _remove(_path(snapshot))

    def create_cloned_volume(self, volume, src_vref):
        _copy(_path(src_vref), _path(volume), volume.size)

    def create_volume_from_snapshot(self, volume, snapshot):
        _copy(_path(snapshot), _path(volume), volume.size)

    def extend_volume(self, volume, new_size):
        LOG.info('testcloud: extend %s to %s GB', volume.id, new_size)
        _size(_path(volume), new_size)

    def copy_image_to_volume(self, context, volume, image_service, image_id):
        LOG.info('testcloud: image %s -> volume %s', image_id, volume.id)
        path = _path(volume)
        # the image's bytes as they are (no format conversion), then the volume's size
        with open(path, 'r+b' if os.path.exists(path) else 'wb') as f:
            image_service.download(context, image_id, f)
        _size(path, volume.size)

    def copy_volume_to_image(self, context, volume, image_service, image_meta):
        LOG.info('testcloud: volume %s -> image %s', volume.id, image_meta['id'])
        image_service.update(context, image_meta['id'], {},
                             io.BytesIO(b'testcloud fake volume data\n'),
                             purge_props=False)

    def _local(self, obj, gb, access_mode='rw'):
        path = _path(obj)
        if not os.path.exists(path):  # a volume made before volumes had files
            _size(path, gb)
        return {'driver_volume_type': 'local',
                'data': {'device_path': path, 'access_mode': access_mode}}

    def initialize_connection(self, volume, connector):
        if (connector or {}).get('initiator') == 'fake':  # Nova's fake virt driver
            return super().initialize_connection(volume, connector)
        return self._local(volume, volume['size'])

    def initialize_connection_snapshot(self, snapshot, connector):
        return self._local(snapshot, snapshot.volume_size)

    def retype(self, context, volume, new_type, diff, host):
        return True, None

    def update_migrated_volume(self, ctxt, volume, new_volume,
                               original_volume_status):
        return {'_name_id': None, 'provider_location': None}
