"""ML2 mechanism driver for test clouds: binds every port, needs no agent.

Without it, ML2 (openvswitch/linuxbridge drivers) needs a live L2 agent on
the compute host, otherwise ports end up binding_failed and Nova's boot
fails with PortBindingFailed.
"""
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api


class TestcloudMechanismDriver(api.MechanismDriver):

    def initialize(self):
        pass

    @property
    def connectivity(self):
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(segment[api.ID],
                                portbindings.VIF_TYPE_OVS,
                                {portbindings.CAP_PORT_FILTER: True},
                                status=constants.PORT_STATUS_ACTIVE)
            return
