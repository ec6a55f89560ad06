"""Cinder volume driver for test clouds: cinder's own FakeLoggingVolumeDriver
(shipped in python3-cinder as cinder.tests.fake_driver) plus the few calls it
leaves to the LVM driver, which would need a real volume group."""
import io

from oslo_log import log as logging

from cinder.tests import fake_driver

LOG = logging.getLogger(__name__)


class TestcloudFakeDriver(fake_driver.FakeLoggingVolumeDriver):

    def extend_volume(self, volume, new_size):
        LOG.info('testcloud: extend %s to %s GB (no-op)', volume.id, new_size)

    def copy_image_to_volume(self, context, volume, image_service, image_id):
        LOG.info('testcloud: image %s -> volume %s (no-op)', image_id, volume.id)

    def copy_volume_to_image(self, context, volume, image_service, image_meta):
        LOG.info('testcloud: volume %s -> image %s', volume.id, image_meta['id'])
        image_service.update(context, image_meta['id'], {},
                             io.BytesIO(b'testcloud fake volume data\n'),
                             purge_props=False)

    def retype(self, context, volume, new_type, diff, host):
        return True, None

    def update_migrated_volume(self, ctxt, volume, new_volume,
                               original_volume_status):
        return {'_name_id': None, 'provider_location': None}
